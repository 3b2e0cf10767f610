package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The main window on TestFX's stage, opened as the app opens it (settings that last only the test),
 * for UI tests that change the window's size or the text size. The test classes share one stage:
 * {@link #restore} gives it back as it was, so the next class gets the window it would have had.
 */
public final class OpenedWindow {

    private final Stage stage;
    private final MainWindow window;
    private final ErrorReporter errors = new ErrorReporter();
    private final double width;
    private final double height;
    private final int scaleStep;

    private OpenedWindow(Stage stage) {
        this.stage = stage;
        errors.install();
        window = GradientLabApp.open(stage, errors);
        stage.show();
        width = stage.getWidth();
        height = stage.getHeight();
        scaleStep = window.presentation().scaleStepProperty().get();
    }

    /** Opens the window on the stage and shows it (FX thread: a test's {@code @Start}). */
    public static OpenedWindow on(Stage stage) {
        return new OpenedWindow(stage);
    }

    /** The window. */
    public MainWindow window() {
        return window;
    }

    /** The stage it is on. */
    public Stage stage() {
        return stage;
    }

    /** The window's size and the text size step (FX thread). */
    public void resize(double newWidth, double newHeight, int textStep) {
        stage.setWidth(newWidth);
        stage.setHeight(newHeight);
        window.presentation().scaleStepProperty().set(textStep);
    }

    /** After each test: the stage's own size and the first text size again, and no uncaught errors. */
    public void restore(FxRobot robot) {
        robot.interact(() -> resize(width, height, scaleStep));
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }
}
