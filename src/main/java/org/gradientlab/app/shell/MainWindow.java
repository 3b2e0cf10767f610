package org.gradientlab.app.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.controls.TimelineBar;
import org.gradientlab.app.descent.DescentController;
import org.gradientlab.app.descent.DescentTab;
import org.gradientlab.app.export.ExportMenu;
import org.gradientlab.app.lesson.Lesson;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.look.Presentation;
import org.gradientlab.app.look.SettingsStore;
import org.gradientlab.app.network.NetworkController;
import org.gradientlab.app.network.NetworkTab;
import org.gradientlab.app.regression.RegressionController;
import org.gradientlab.app.regression.RegressionTab;
import org.gradientlab.app.runner.RunnerFactory;

/** The window: a menu, one tab per lesson, the error bar, and the lesson keys routed to the open lesson. */
public final class MainWindow {

    private final BorderPane root;
    private final TabPane tabs;
    private final LessonSet lessons;
    private final ErrorReporter errors;
    private boolean lessonShown;
    private final LessonMenu lessonMenu;
    private final ExportMenu exports;
    /** Each lesson's view inside its explanation panel, made when the lesson is first opened. */
    private final Map<LessonId, Node> lessonViews = new EnumMap<>(LessonId.class);
    /** The tabs' lessons, in tab order. */
    private final List<LessonId> tabLessons;
    private final ReadOnlyObjectWrapper<LessonId> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final Presentation presentation;
    private final HelpOverlay help;

    /** Builds the window's content with settings and recent lessons that last only this run (tests). */
    public MainWindow(ErrorReporter errors, RunnerFactory runners) {
        this(errors, runners, SettingsStore.inMemory(), RecentLessons.inMemory());
    }

    /**
     * Builds the window's content.
     *
     * @param runners       where the lessons' runners and tasks run ({@link RunnerFactory#synchronous()}
     *                      runs them without background threads)
     * @param settings      keeps the theme, text size and explanations between runs
     * @param recentLessons where File &gt; Open recent keeps its list
     */
    public MainWindow(ErrorReporter errors, RunnerFactory runners, SettingsStore settings,
                      RecentLessons.Store recentLessons) {
        // Before the first control: see Presentation.useUserAgentSheet.
        Presentation.useUserAgentSheet(Presentation.storedTheme(settings));
        root = new BorderPane();
        tabs = new TabPane();
        this.errors = errors;
        lessons = new LessonSet(runners);
        tabLessons = List.copyOf(lessons.ids());
        presentation = new Presentation(settings);
        lessonMenu = new LessonMenu(this, errors, new RecentLessons(recentLessons));
        for (LessonId id : tabLessons) {
            Tab tab = new Tab(id.title());
            tab.setId(id.key() + "Tab");
            tabs.getTabs().add(tab);
        }
        Label opening = new Label("Opening the lesson…");
        opening.getStyleClass().add("opening-lesson");
        tabs.getTabs().get(0).setContent(opening);
        shown.set(tabLessons.get(0));
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            shown.set(tabLessons.get(now.intValue()));
            showOnly(shown.get());
            lessons.pauseAllBut(shown.get());
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        exports = new ExportMenu(root, () -> lessons.get(shown.get()), errors::show, runners.tasks("steps-export"));
        MenuBar menuBar = menu();
        help = new HelpOverlay(menuBar);
        root.setTop(new VBox(menuBar, errorBar()));
        root.setCenter(tabs);
        root.getStyleClass().add("main-window");
    }

    private MenuBar menu() {
        MenuBar bar = new MenuBar(fileMenu(), viewMenu(), helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        Menu file = new Menu("File");
        file.getItems().addAll(lessonMenu.items());
        file.getItems().addAll(new SeparatorMenuItem(), exports.menu(), new SeparatorMenuItem(), quit);
        return file;
    }

    private Menu viewMenu() {
        Menu view = ViewMenu.create(tabLessons, this::select, presentation);
        view.getItems().addAll(new SeparatorMenuItem(),
                PredictMenuItem.of(shown.getReadOnlyProperty(), id -> lessons.get(id).session().predict()));
        return view;
    }

    private Menu helpMenu() {
        MenuItem keys = new MenuItem("Keyboard and mouse");
        keys.setAccelerator(Shortcut.HELP.combination());
        keys.setOnAction(e -> help.toggle());
        return new Menu("Help", null, keys);
    }

    private Node errorBar() {
        Label text = new Label();
        text.setId("errorText");
        text.setWrapText(true);
        text.textProperty().bind(errors.messageProperty());
        Button close = new Button("Dismiss");
        close.setOnAction(e -> errors.dismiss());
        HBox bar = new HBox(10, text, close);
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("error-bar");
        bar.visibleProperty().bind(errors.messageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Puts the window's content in a scene on the stage, with the styles and the lesson keys. */
    public Scene attach(Stage stage) {
        double[] size = OpeningScene.windowSize();
        // The help and the toast lie over the window's content.
        StackPane layers = new StackPane(root, help, presentation.toast());
        Scene scene = new Scene(layers, size[0], size[1]);
        presentation.attach(stage, scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::lessonKey);
        stage.setTitle("Gradient Lab");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> close());
        return scene;
    }

    /**
     * Builds and shows the open lesson. The app calls it once the window has drawn its first frame
     * (the window is up sooner, and the lesson fills it a moment later); tests call it at once.
     */
    public void showLesson() {
        lessonShown = true;
        showOnly(shown.get());
    }

    private void lessonKey(KeyEvent e) {
        // Before the first lesson is on screen a key would build and drive one that nobody sees;
        // while the help is open, keys are for the help.
        if (!lessonShown || help.isShowing()) {
            return;
        }
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl || TimelineBar.ownsKey(focus, e)) {
            if (e.getCode() == KeyCode.ESCAPE) {
                tabs.requestFocus();
            }
            return;
        }
        if (lessons.get(shown.get()).handleKey(e)) {
            e.consume();
        }
    }

    /**
     * Only the open lesson is in the scene: the lessons share controls (the playback bar, the rate
     * slider) with the same ids, so an id names one node on screen; and hidden lessons cost no layout.
     */
    private void showOnly(LessonId open) {
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            LessonId id = tabLessons.get(i);
            tabs.getTabs().get(i).setContent(id == open ? lessonView(id) : null);
        }
    }

    private Node lessonView(LessonId id) {
        return lessonViews.computeIfAbsent(id, key -> {
            Lesson lesson = lessons.get(key);
            return ExplanationPanel.around(lesson.view(), lesson.explanation(), presentation);
        });
    }

    /** Every lesson's playback, in tab order. */
    public List<Playback> lessons() {
        return lessons.playbacks();
    }

    /** The lessons of the tabs, in tab order. */
    public List<LessonId> lessonIds() {
        return tabLessons;
    }

    /** A lesson, built now if it was not yet. */
    public Lesson lesson(LessonId id) {
        return lessons.get(id);
    }

    /** Shows a lesson's tab. */
    public void select(LessonId id) {
        tabs.getSelectionModel().select(tabLessons.indexOf(id));
    }

    /** The open lesson. */
    public LessonId selectedLesson() {
        return shown.get();
    }

    /** The File menu's lesson files: open, save, recent, examples. */
    public LessonMenu lessonMenu() {
        return lessonMenu;
    }

    /** The Descent lesson. */
    public DescentController descent() {
        return lessons.get(LessonId.DESCENT, DescentTab.class).controller();
    }

    /** The root node. */
    public BorderPane root() {
        return root;
    }

    /** File > Export and the pictures' context menus. */
    public ExportMenu exports() {
        return exports;
    }

    /** The theme, text size, full screen and explanations. */
    public Presentation presentation() {
        return presentation;
    }

    /** The help over the window (F1). */
    public HelpOverlay help() {
        return help;
    }

    /** The Network lesson. */
    public NetworkController network() {
        return lessons.get(LessonId.NETWORK, NetworkTab.class).controller();
    }

    /** The Regression lesson. */
    public RegressionController regression() {
        return lessons.get(LessonId.REGRESSION, RegressionTab.class).controller();
    }

    /** A lesson as its own class (built now if it was not yet), for the tests' typed access. */
    public <T extends org.gradientlab.app.lesson.Lesson> T lesson(LessonId id, Class<T> type) {
        return lessons.get(id, type);
    }

    /** Stops every lesson's runner. */
    public void close() {
        lessons.close();
    }
}
