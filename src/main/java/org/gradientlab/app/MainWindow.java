package org.gradientlab.app;

import java.util.List;
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
import org.gradientlab.app.descent.DescentController;
import org.gradientlab.app.export.ExportMenu;
import org.gradientlab.app.network.NetworkController;
import org.gradientlab.app.regression.RegressionController;

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
    private final Node[] lessonViews = new Node[3];
    private final Presentation presentation;
    private final HelpOverlay help;

    /** Builds the window's content with settings and recent lessons that last only this run (tests). */
    public MainWindow(ErrorReporter errors, boolean synchronous) {
        this(errors, synchronous, SettingsStore.inMemory(), RecentLessons.inMemory());
    }

    /**
     * Builds the window's content; {@code synchronous} runs lessons without background threads (tests).
     *
     * @param settings      keeps the theme, text size and explanations between runs
     * @param recentLessons where File &gt; Open recent keeps its list
     */
    public MainWindow(ErrorReporter errors, boolean synchronous, SettingsStore settings, RecentLessons.Store recentLessons) {
        // Before the first control: see Presentation.useUserAgentSheet.
        Presentation.useUserAgentSheet(Presentation.storedTheme(settings));
        root = new BorderPane();
        tabs = new TabPane();
        this.errors = errors;
        lessons = new LessonSet(synchronous, errors);
        presentation = new Presentation(settings);
        lessonMenu = new LessonMenu(this, errors, new RecentLessons(recentLessons));
        Tab descentTab = new Tab("Descent");
        descentTab.setId("descentTab");
        Tab networkTab = new Tab("Network");
        networkTab.setId("networkTab");
        Tab regressionTab = new Tab("Regression");
        regressionTab.setId("regressionTab");
        tabs.getTabs().addAll(descentTab, networkTab, regressionTab);
        Label opening = new Label("Opening the lesson…");
        opening.getStyleClass().add("opening-lesson");
        descentTab.setContent(opening);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            showOnly(now.intValue());
            lessons.pauseAllBut(now.intValue());
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        exports = new ExportMenu(this, () -> tabs.getSelectionModel().getSelectedIndex(), errors);
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
        Menu view = ViewMenu.create(this::select, presentation);
        view.getItems().addAll(new SeparatorMenuItem(),
                PredictMenuItem.of(tabs.getSelectionModel().selectedIndexProperty(), lessons::predict));
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
        showOnly(tabs.getSelectionModel().getSelectedIndex());
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
        if (lessons.handleKey(tabs.getSelectionModel().getSelectedIndex(), e)) {
            e.consume();
        }
    }

    /**
     * Only the open lesson is in the scene: the lessons share controls (the playback bar, the rate
     * slider) with the same ids, so an id names one node on screen; and hidden lessons cost no layout.
     */
    private void showOnly(int shown) {
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            tabs.getTabs().get(i).setContent(i == shown ? lessonView(i) : null);
        }
    }

    private Node lessonView(int lesson) {
        if (lessonViews[lesson] == null) {
            Explanation explanation = switch (lesson) {
                case 0 -> Explanation.DESCENT;
                case 1 -> Explanation.NETWORK;
                default -> Explanation.REGRESSION;
            };
            lessonViews[lesson] = ExplanationPanel.around(lessons.view(lesson), explanation, presentation);
        }
        return lessonViews[lesson];
    }

    /** Every lesson's playback, in tab order. */
    public List<Playback> lessons() {
        return lessons.playbacks();
    }

    /** Sets a lesson up to run for the whole probe instead of converging in a few steps. */
    void prepareForProbe(int lesson) {
        lessons.prepareForProbe(lesson);
    }

    /** The headless command of the problem a lesson plays in the probe, up to --steps; null if none. */
    java.util.List<String> probeCommand(int lesson) {
        return ProbeCommand.of(lessons, lesson);
    }

    /** A lesson's name, as its tab says it. */
    public String lessonName(int lesson) {
        return tabs.getTabs().get(lesson).getText().toLowerCase(java.util.Locale.ROOT);
    }

    /** Shows a lesson's tab: 0 Descent, 1 Network, 2 Regression. */
    public void select(int lesson) {
        tabs.getSelectionModel().select(lesson);
    }

    /** The open lesson's tab: 0 Descent, 1 Network, 2 Regression. */
    public int selectedLesson() {
        return tabs.getSelectionModel().getSelectedIndex();
    }

    /** The File menu's lesson files: open, save, recent, examples. */
    public LessonMenu lessonMenu() {
        return lessonMenu;
    }

    /** The Descent lesson. */
    public DescentController descent() {
        return lessons.descent();
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
        return lessons.network();
    }

    /** The Regression lesson. */
    public RegressionController regression() {
        return lessons.regression();
    }

    /** Stops every lesson's runner. */
    public void close() {
        lessons.close();
    }
}
