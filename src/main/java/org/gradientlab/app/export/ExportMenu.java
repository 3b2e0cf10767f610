package org.gradientlab.app.export;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.gradientlab.app.lesson.Lesson;
import org.gradientlab.io.export.AtomicFile;
import org.gradientlab.io.export.ExportException;
import org.gradientlab.io.export.StepsTable;
import org.gradientlab.io.export.Worksheet;

/**
 * The exports of the open lesson: File > Export (steps as CSV, a worksheet, each picture as PNG at
 * 1x, 2x or 3x and charts as SVG) and a context menu on every chart and the diagram on a right
 * click that did nothing else (a right press that removed a point, or a right drag that panned,
 * shows no menu). A write that fails says so in the error bar, naming the file and why.
 */
public final class ExportMenu {

    /** Asks where to save; null when the person cancels. Tests put their own in. */
    public interface SaveAsker {
        /** @param initialName the suggested file name; @param filter what to save as */
        Path ask(String title, String initialName, FileChooser.ExtensionFilter filter);
    }

    /** Asks for the worksheet's options; empty when the person cancels. */
    public interface WorksheetAsker {
        /** @param lesson the lesson's name */
        Optional<WorksheetOptions> ask(String lesson);
    }

    static final FileChooser.ExtensionFilter PNG = new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png");
    static final FileChooser.ExtensionFilter SVG = new FileChooser.ExtensionFilter("SVG drawing (*.svg)", "*.svg");
    static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV table (*.csv)", "*.csv");
    static final FileChooser.ExtensionFilter MARKDOWN = new FileChooser.ExtensionFilter("Markdown (*.md)", "*.md");

    private final Region root;
    private final Supplier<Lesson> openLesson;
    private final Consumer<String> showError;
    private final Executor writer;
    private final PictureContextMenu contextMenu;
    private SaveAsker saveAsker = this::askWithFileChooser;
    private WorksheetAsker worksheetAsker = lesson -> WorksheetDialog.ask(owner(), lesson);

    /**
     * @param root       the window's root: its pictures get the right-click menus
     * @param openLesson the open lesson
     * @param showError  where a failed write is said (the error bar)
     * @param writer     where the steps' CSV is written, off the FX thread
     */
    public ExportMenu(Region root, Supplier<Lesson> openLesson, Consumer<String> showError, Executor writer) {
        this.root = root;
        this.openLesson = openLesson;
        this.showError = showError;
        this.writer = writer;
        contextMenu = new PictureContextMenu(root, this::pictureItems);
    }

    /** The File > Export submenu, filled for the open lesson each time it opens. */
    public Menu menu() {
        Menu export = new Menu("Export");
        export.setId("exportMenu");
        // An item, so the menu opens (and fills itself) even before its first showing.
        export.getItems().add(new MenuItem("…"));
        export.setOnShowing(e -> export.getItems().setAll(items()));
        return export;
    }

    /** The open lesson's export items: steps, worksheet, then one submenu per picture. */
    List<MenuItem> items() {
        Lesson lesson = openLesson.get();
        MenuItem steps = new MenuItem("Steps as CSV…");
        steps.setId("exportStepsItem");
        steps.setOnAction(e -> exportSteps(lesson));
        MenuItem worksheet = new MenuItem("Worksheet…");
        worksheet.setId("exportWorksheetItem");
        worksheet.setOnAction(e -> exportWorksheet(lesson));
        List<MenuItem> items = new java.util.ArrayList<>(List.of(steps, worksheet, new SeparatorMenuItem()));
        for (Picture picture : Picture.in(lesson.view())) {
            Menu pictureMenu = new Menu(picture.name());
            pictureMenu.getItems().setAll(pictureItems(picture));
            items.add(pictureMenu);
        }
        return items;
    }

    /** "Export as PNG…" (1x, 2x, 3x) and, for a chart, "Export as SVG…". */
    List<MenuItem> pictureItems(Picture picture) {
        Menu png = new Menu("Export as PNG…");
        for (int scale : ChartExport.SCALES) {
            MenuItem item = new MenuItem(scale + "x" + (scale == 1 ? " (screen size)" : scale == 3 ? " (slides)" : "") + "…");
            item.setId("exportPng" + scale + "x");
            item.setOnAction(e -> savePicture(picture, scale));
            png.getItems().add(item);
        }
        if (!picture.hasSvg()) {
            return List.of(png);
        }
        MenuItem svg = new MenuItem("Export as SVG…");
        svg.setId("exportSvg");
        svg.setOnAction(e -> saveSvg(picture));
        return List.of(png, svg);
    }

    private void savePicture(Picture picture, int scale) {
        String suffix = scale == 1 ? "" : "@" + scale + "x";
        Path file = saveAsker.ask("Export " + picture.name() + " as PNG", picture.fileStem() + suffix + ".png", PNG);
        if (file != null) {
            attempt(() -> ChartExport.writePng(picture.node(), scale, file));
        }
    }

    private void saveSvg(Picture picture) {
        Path file = saveAsker.ask("Export " + picture.name() + " as SVG", picture.fileStem() + ".svg", SVG);
        if (file != null) {
            attempt(() -> ChartExport.writeSvg(picture, file));
        }
    }

    private void exportSteps(Lesson lesson) {
        String name = lesson.id().key();
        Path file = saveAsker.ask("Export the steps as CSV", name + "-steps.csv", CSV);
        if (file == null) {
            return;
        }
        lesson.session().keptSteps(table -> writeInBackground(table, file));
    }

    /** A run keeps up to a million steps: tens of megabytes are written off the FX thread. */
    private void writeInBackground(StepsTable table, Path file) {
        Task<Void> write = new Task<>() {
            @Override
            protected Void call() throws ExportException {
                AtomicFile.write(file, table::writeCsv);
                return null;
            }
        };
        write.setOnFailed(e -> showError.accept(write.getException().getMessage()));
        writer.execute(write);
    }

    private void exportWorksheet(Lesson lesson) {
        String name = lesson.id().key();
        if (lesson.worksheet(1).isEmpty()) {
            showError.accept("The " + lesson.id().title() + " lesson has no worksheet.");
            return;
        }
        Optional<WorksheetOptions> options = worksheetAsker.ask(name);
        if (options.isEmpty()) {
            return;
        }
        Path file = saveAsker.ask("Export a worksheet", name + "-worksheet.md", MARKDOWN);
        if (file == null) {
            return;
        }
        WorksheetOptions chosen = options.get();
        attempt(() -> {
            Worksheet sheet = lesson.worksheet(chosen.steps()).orElseThrow();
            String text = sheet.markdown(chosen.blanks(), !chosen.separateKey());
            AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            if (chosen.separateKey()) {
                AtomicFile.write(keyFile(file), out -> out.write(sheet.answerKey().getBytes(StandardCharsets.UTF_8)));
            }
        });
    }

    /** "sheet.md" has its key in "sheet-key.md" beside it. */
    static Path keyFile(Path worksheet) {
        String name = worksheet.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return worksheet.resolveSibling(stem + "-key" + (dot > 0 ? name.substring(dot) : ".md"));
    }

    private interface Export {
        void run() throws ExportException;
    }

    private void attempt(Export export) {
        try {
            export.run();
        } catch (ExportException e) {
            showError.accept(e.getMessage());
        }
    }

    private Path askWithFileChooser(String title, String initialName, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(filter);
        File chosen = chooser.showSaveDialog(owner());
        if (chosen == null) {
            return null;
        }
        // Some platforms' dialogs return the name as typed, without the filter's extension.
        String extension = filter.getExtensions().get(0).substring(1);
        return chosen.getName().contains(".") ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + extension);
    }

    private Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Who asks where to save (tests answer without a native dialog). */
    public void setSaveAsker(SaveAsker asker) {
        this.saveAsker = asker;
    }

    /** Who asks for the worksheet's options (tests answer without a dialog). */
    public void setWorksheetAsker(WorksheetAsker asker) {
        this.worksheetAsker = asker;
    }

    /** The context menu of the pictures (tests look at it). */
    public ContextMenu contextMenu() {
        return contextMenu.menu();
    }
}
