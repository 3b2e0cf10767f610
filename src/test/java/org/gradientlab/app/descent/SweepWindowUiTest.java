package org.gradientlab.app.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.explore.ExploreChart;
import org.gradientlab.app.explore.SweepWindow;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.gradientlab.engine.descent.LearningRateSweep;
import org.gradientlab.engine.sweep.SweepResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The learning-rate sweep window, opened from the Descent lesson and driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class SweepWindowUiTest {

    private MainWindow window;
    private DescentModel model;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        model = window.descent().model();
        stage.show();
    }

    @AfterEach
    void noUncaughtErrors(FxRobot robot) {
        robot.interact(() -> window.descent().explore().close());
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private SweepWindow open(FxRobot robot) {
        robot.clickOn(robot.from(window.descent().view()).lookup("#sweepButton").<Node>query());
        UiWait.until(() -> window.descent().explore().sweepWindow() != null
                && window.descent().explore().sweepWindow().stage().isShowing());
        return window.descent().explore().sweepWindow();
    }

    private static <T extends Node> T find(FxRobot robot, SweepWindow sweep, String query) {
        return robot.from(sweep.stage().getScene().getRoot()).lookup(query).query();
    }

    @Test
    void cancelStopsTheSweepEarlyAndTheLessonStillSteps(FxRobot robot) {
        // On a gentle slope no rate converges or diverges, so each of the 201 runs takes all 10^6 steps.
        robot.interact(() -> model.setFunction("0.001*w"));
        SweepWindow sweep = open(robot);
        Spinner<Integer> steps = find(robot, sweep, "#sweepSteps");
        robot.interact(() -> steps.getValueFactory().setValue(1_000_000));
        robot.clickOn((Node) find(robot, sweep, "#sweepRun"));
        UiWait.until(() -> !((Node) find(robot, sweep, "#sweepCancel")).isDisabled());
        robot.clickOn((Node) find(robot, sweep, "#sweepCancel"));
        UiWait.until(() -> sweep.job().task().isDone());
        SweepResult result = sweep.chart().shown();
        assertFalse(result.isComplete(), "cancelled before the end");
        assertTrue(result.outcomes().size() < LearningRateSweep.DEFAULT_RATES, "ran " + result.outcomes().size());
        Label status = find(robot, sweep, "#sweepStatus");
        assertTrue(status.getText().startsWith("Cancelled after"), status.getText());
        assertFalse(((Node) find(robot, sweep, "#sweepRun")).isDisabled(), "Run is back");

        robot.clickOn(robot.from(window.descent().view()).lookup("#stepButton").<Node>query());
        UiWait.until(() -> model.session().snapshotProperty().get().current().step() == 1);
    }

    @Test
    void clickingAPointLoadsItsRateIntoTheLesson(FxRobot robot) {
        SweepWindow sweep = open(robot);
        robot.clickOn((Node) find(robot, sweep, "#sweepRun"));
        UiWait.until(() -> sweep.job().task().isDone() && sweep.chart().shown() != null);
        SweepResult result = sweep.chart().shown();
        assertTrue(result.isComplete());
        ExploreChart chart = sweep.chart().node();
        UiWait.until(() -> chart.dataArea() != null);
        double rate = result.sweep().rateAt(60);
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = chart.localToScreen(chart.toScreenX(rate), chart.dataArea().getCenterY()));
        robot.clickOn(at[0]);
        UiWait.until(() -> model.session().learningRateProperty().get() == rate);
        UiWait.until(() -> model.session().snapshotProperty().get().current().step() == 0);
    }
}
