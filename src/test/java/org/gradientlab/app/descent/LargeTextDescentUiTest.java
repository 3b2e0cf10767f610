package org.gradientlab.app.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.Truncation;
import org.gradientlab.app.shell.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 150 to 200% text the table of steps and the timeline show every number whole (no "..."), and the
 * lesson is no wider than the window.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextDescentUiTest {

    private static final int[][] WINDOWS = {{1360, 880}, {1024, 700}};
    /** 150, 175 and 200%. */
    private static final int[] SCALE_STEPS = {5, 6, 7};

    private MainWindow window;
    private DescentModel model;
    private Stage stage;
    private double width;
    private double height;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        errors.install();
        window = GradientLabApp.open(stage, errors);
        model = window.descent().model();
        stage.show();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    @AfterEach
    void noUncaughtErrors(FxRobot robot) {
        // The test classes share one stage: the next one gets the window size it would have had.
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    @Test
    void theStepsTableAndTheTimelineShowWholeNumbers(FxRobot robot) {
        // A rate that makes eight-digit numbers in every column.
        robot.interact(() -> model.session().learningRateProperty().set(0.0123));
        for (int i = 0; i < 6; i++) {
            robot.interact(model.session()::step);
        }
        UiWait.until(() -> model.session().snapshotProperty().get().current().step() == 6);
        DescentView view = window.descent().view();
        // An earlier step shown, so Live and Branch from here are enabled, as when a person uses them.
        robot.interact(() -> view.timeline.slider().setValue(3));
        List<String> problems = new ArrayList<>();
        for (int[] size : WINDOWS) {
            for (int step : SCALE_STEPS) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    window.presentation().scaleStepProperty().set(step);
                });
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForFxEvents();
                String where = size[0] + "x" + size[1] + " at step " + step + ": ";
                robot.interact(() -> {
                    Truncation.in(view.table).forEach(cut -> problems.add(where + cut));
                    Truncation.in(view.timeline).forEach(cut -> problems.add(where + cut));
                    Truncation.in(view.statusLine.getParent()).stream().filter(cut -> cut.startsWith("#statusLine"))
                            .forEach(cut -> problems.add(where + cut));
                    Region lesson = (Region) window.root().getCenter();
                    Bounds shown = view.localToScene(view.getLayoutBounds());
                    if (shown.getMaxX() > stage.getScene().getWidth() + 0.5) {
                        problems.add(where + "the lesson is " + shown.getMaxX() + " wide in " + lesson.getWidth());
                    }
                });
            }
        }
        assertEquals(List.of(), problems);
    }
}
