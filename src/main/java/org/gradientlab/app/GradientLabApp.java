package org.gradientlab.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window. */
public final class GradientLabApp extends Application {

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        ErrorReporter errors = new ErrorReporter();
        errors.install();
        window = open(stage, errors, SettingsStore.userPreferences());
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty() && args.get(0).equals("probe")) {
            startProbe(args.subList(1, args.size()));
        }
    }

    /** {@code probe [--seconds S] [--out FILE]}: measure the frames while each lesson plays flat out. */
    private void startProbe(List<String> options) {
        double seconds = 5;
        Path out = null;
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
        new FrameProbe(window, seconds, out).start();
    }

    /**
     * Builds the main window on the stage as the app does, with settings that last only this run:
     * the tests open it this way, so they never read or change a person's preferences.
     */
    public static MainWindow open(Stage stage, ErrorReporter errors) {
        return open(stage, errors, SettingsStore.inMemory());
    }

    /** Builds the main window on the stage, in the theme and text size the settings keep. */
    public static MainWindow open(Stage stage, ErrorReporter errors, SettingsStore settings) {
        MainWindow mainWindow = new MainWindow(errors, false, settings);
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
