package org.gradientlab.app.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.look.SettingsStore;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.app.runner.RunnerFactory;

/** The JavaFX application: one main window. */
public final class GradientLabApp extends Application {

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        ErrorReporter errors = new ErrorReporter();
        errors.install();
        SettingsStore settings = SettingsStore.userPreferences();
        // The window is up at once with the app's name; its menus and tabs come in the next frame,
        // and the lesson (charts, fonts) a frame after they have drawn.
        stage.setTitle("Gradient Lab");
        stage.setScene(OpeningScene.of(settings));
        stage.show();
        afterFrames(1, () -> {
            if (stage.isShowing()) {
                window = build(stage, errors, settings, RecentLessons.preferences());
                afterFrames(2, () -> showLesson(stage));
            }
        });
    }

    /** Builds the open lesson once the menus have drawn, then opens a file or starts the probe if asked. */
    private void showLesson(Stage stage) {
        if (!stage.isShowing()) {
            return;
        }
        window.showLesson();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty() && args.get(0).equals("probe")) {
            startProbe(args.subList(1, args.size()));
        } else if (args.size() == 2 && args.get(0).equals("open")) {
            window.lessonMenu().open(Path.of(args.get(1)));
        }
    }

    /** Runs the action on the FX thread after this many frames have been drawn. */
    private static void afterFrames(int frames, Runnable action) {
        new FrameTimer() {
            private int seen;

            @Override
            protected void frame(long now) {
                if (++seen >= frames) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** {@code probe [--seconds S] [--out FILE] [--lesson KEY]}: measure the frames while each lesson (or one) plays flat out. */
    private void startProbe(List<String> options) {
        double seconds = 5;
        Path out = null;
        LessonId only = null;
        try {
            for (int i = 0; i < options.size(); i += 2) {
                String name = options.get(i);
                if (i + 1 >= options.size()) {
                    throw new IllegalArgumentException("option " + name + " needs a value");
                }
                String value = options.get(i + 1);
                switch (name) {
                    case "--seconds" -> seconds = Numbers.parse(value);
                    case "--out" -> out = Path.of(value);
                    case "--lesson" -> only = LessonId.ofKey(value).orElseThrow(() -> new IllegalArgumentException(
                            "unknown lesson " + value + " (one of " + java.util.Arrays.stream(LessonId.values())
                                    .map(LessonId::key).toList() + ")"));
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (seconds <= 0) {
                throw new IllegalArgumentException("--seconds must be above 0");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("gradient-lab probe: " + e.getMessage());
            System.exit(2);
        }
        new FrameProbe(window, seconds, out, only).start();
    }

    /**
     * Builds the main window on the stage as the app does, with settings and recent lessons that
     * last only this run: the tests open it this way, so they never read or change a person's
     * preferences.
     */
    public static MainWindow open(Stage stage, ErrorReporter errors) {
        return open(stage, errors, SettingsStore.inMemory(), RecentLessons.inMemory());
    }

    /** Builds the main window on the stage with its lesson, in the theme and text size the settings keep. */
    public static MainWindow open(Stage stage, ErrorReporter errors, SettingsStore settings,
                                  RecentLessons.Store recentLessons) {
        MainWindow mainWindow = build(stage, errors, settings, recentLessons);
        mainWindow.showLesson();
        return mainWindow;
    }

    private static MainWindow build(Stage stage, ErrorReporter errors, SettingsStore settings,
                                    RecentLessons.Store recentLessons) {
        MainWindow mainWindow = new MainWindow(errors,
                RunnerFactory.background(e -> errors.report("training runner", e)), settings, recentLessons);
        mainWindow.attach(stage);
        return mainWindow;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /** Starts the app (also what {@code mvn javafx:run} calls). */
    public static void main(String[] args) {
        launch(GradientLabApp.class, args);
    }
}
