package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gradientlab.app.runner.FrameTimer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An uncaught exception on any thread is shown in the window, not swallowed, and the app goes on. */
@ExtendWith(ApplicationExtension.class)
class ErrorReporterUiTest {

    private final ErrorReporter errors = new ErrorReporter();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        stage.show();
    }

    @Test
    void anExceptionOnABackgroundThreadIsShownAndKept(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("boom in a worker");
        }, "worker");
        worker.start();
        worker.join();
        Label text = robot.lookup("#errorText").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !text.getText().isEmpty());
        assertTrue(text.getText().contains("boom in a worker"), text.getText());
        assertTrue(text.getText().contains("worker"), "names the thread: " + text.getText());
        assertEquals(1, errors.errors().size());
        robot.clickOn("Dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", text.getText());
    }

    @Test
    void aFailingFrameTimerStopsAndReportsOnce(FxRobot robot) throws Exception {
        int[] calls = {0};
        robot.interact(() -> FrameTimer.of(now -> {
            calls[0]++;
            throw new IllegalArgumentException("bad frame");
        }).start());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !errors.errors().isEmpty());
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, calls[0], "stopped after the first failure");
        assertEquals(1, errors.errors().size());
        assertEquals("bad frame", errors.errors().get(0).getMessage());
        // The app is still alive: a lesson still steps.
        robot.interact(() -> window.descent().model().session().step());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> window.descent().model().session().currentStep() == 1);
    }
}
