package org.gradientlab.app.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.io.lesson.LessonExamples;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;
import org.gradientlab.io.lesson.LessonFiles;

/**
 * The File menu's lesson items: Open lesson, Save lesson, Save lesson as, Open recent and Examples. A
 * lesson file opens in its own lesson's tab; a bad one is answered in the error bar and changes
 * nothing. Save writes the open lesson back to the file it came from (each tab remembers its own).
 */
public final class LessonMenu {

    private final MainWindow window;
    private final ErrorReporter errors;
    private final RecentLessons recent;
    private final Menu recentMenu = new Menu("Open recent");
    /** The file each lesson was last opened from or saved to; none for a lesson not in the map. */
    private final Map<LessonId, Path> files = new EnumMap<>(LessonId.class);
    /** The last message this menu put in the error bar. */
    private String lastError;

    LessonMenu(MainWindow window, ErrorReporter errors, RecentLessons recent) {
        this.window = window;
        this.errors = errors;
        this.recent = recent;
        recentMenu.setId("recentLessonsMenu");
        refreshRecent();
    }

    /** The items, in menu order. */
    List<MenuItem> items() {
        MenuItem open = item("Open lesson…", "openLessonItem", KeyCode.O, false);
        open.setOnAction(e -> openWithChooser());
        MenuItem save = item("Save lesson", "saveLessonItem", KeyCode.S, false);
        save.setOnAction(e -> save());
        MenuItem saveAs = item("Save lesson as…", "saveLessonAsItem", KeyCode.S, true);
        saveAs.setOnAction(e -> saveAs());
        Menu examples = new Menu("Examples");
        examples.setId("exampleLessonsMenu");
        for (LessonExamples.Example example : LessonExamples.ALL) {
            MenuItem item = new MenuItem(example.title());
            item.setOnAction(e -> openExample(example));
            examples.getItems().add(item);
        }
        return List.of(open, recentMenu, examples, new SeparatorMenuItem(), save, saveAs);
    }

    private static MenuItem item(String text, String id, KeyCode key, boolean shift) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(shift
                ? new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        return item;
    }

    /**
     * Opens a lesson file in its lesson's tab. A bad file is shown in the error bar and changes nothing.
     *
     * @return true when the lesson was opened
     */
    public boolean open(Path file) {
        try {
            LessonId lesson = apply(LessonFiles.read(file));
            files.put(lesson, file);
            remember(file);
            return true;
        } catch (LessonFileException e) {
            showError("Cannot open the lesson: " + e.getMessage());
            return false;
        }
    }

    /** Opens a bundled example; Save then asks where, so the example itself stays as it is. */
    public void openExample(LessonExamples.Example example) {
        try {
            files.remove(apply(LessonExamples.open(example)));
        } catch (LessonFileException e) {
            throw new IllegalStateException("example lesson " + example.file() + " does not apply", e);
        }
    }

    /** Applies the lesson to its model and shows its tab; returns the lesson. */
    private LessonId apply(LessonFile lesson) throws LessonFileException {
        LessonId id = LessonId.ofKey(lesson.lesson()).filter(window.lessonIds()::contains)
                .orElseThrow(() -> new LessonFileException("this app has no " + lesson.lesson() + " lesson"));
        window.lesson(id).apply(lesson);
        window.select(id);
        // A lesson that opens answers the last complaint about a file, not other errors.
        if (lastError != null && lastError.equals(errors.messageProperty().get())) {
            errors.dismiss();
        }
        return id;
    }

    private void showError(String message) {
        lastError = message;
        errors.show(message);
    }

    /** The open lesson's settings now. */
    public LessonFile export() {
        return window.lesson(window.selectedLesson()).export();
    }

    /**
     * Saves the open lesson at {@code file}; a failure is shown in the error bar and leaves an existing file whole.
     *
     * @return true when saved
     */
    public boolean saveTo(Path file) {
        LessonId lesson = window.selectedLesson();
        try {
            LessonFiles.write(export(), file);
            files.put(lesson, file);
            remember(file);
            return true;
        } catch (IOException e) {
            showError("Cannot save the lesson: " + e.getMessage());
            return false;
        }
    }

    private void save() {
        Path file = files.get(window.selectedLesson());
        if (file == null) {
            saveAs();
        } else {
            saveTo(file);
        }
    }

    private void saveAs() {
        FileChooser chooser = chooser("Save the lesson");
        chooser.setInitialFileName(window.selectedLesson().key() + ".json");
        File file = chooser.showSaveDialog(window.root().getScene().getWindow());
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    private void openWithChooser() {
        File file = chooser("Open a lesson").showOpenDialog(window.root().getScene().getWindow());
        if (file != null) {
            open(file.toPath());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Gradient Lab lessons (*.json)", "*.json"));
        Path last = files.get(window.selectedLesson());
        Path folder = last == null ? null : last.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private void remember(Path file) {
        recent.add(file);
        refreshRecent();
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path file : recent.files()) {
            MenuItem item = new MenuItem(file.getFileName() + "  (" + file.getParent() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(file));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** The recent files, newest first. */
    public List<Path> recentFiles() {
        return recent.files();
    }
}
