package org.gradientlab.app.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.gradientlab.app.explore.ExploreChart;
import org.gradientlab.app.explore.SweepWindow;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.gradientlab.engine.regression.RegressionRateSweep;
import org.gradientlab.engine.sweep.SweepResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The learning-rate sweep window, opened from the Regression lesson and driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class RegressionSweepUiTest {

    private MainWindow window;
    private RegressionModel model;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        model = window.regression().model();
        window.select(LessonId.REGRESSION);
        stage.show();
    }

    @AfterEach
    void noUncaughtErrors(FxRobot robot) {
        robot.interact(() -> window.regression().sweep().close());
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private Node inLesson(FxRobot robot, String query) {
        return robot.from(window.regression().view()).lookup(query).query();
    }

    private SweepWindow open(FxRobot robot) {
        robot.clickOn(inLesson(robot, "#regressionSweepButton"));
        UiWait.until(() -> window.regression().sweep().window() != null
                && window.regression().sweep().window().stage().isShowing());
        return window.regression().sweep().window();
    }

    private static <T extends Node> T find(FxRobot robot, SweepWindow sweep, String query) {
        return robot.from(sweep.stage().getScene().getRoot()).lookup(query).query();
    }

    @Test
    void cancelStopsTheSweepEarlyAndTheLessonStillSteps(FxRobot robot) {
        SweepWindow sweep = open(robot);
        Spinner<Integer> steps = find(robot, sweep, "#sweepSteps");
        // Every rate that does not diverge runs all N = 10^6 updates: minutes of work unless cancelled.
        robot.interact(() -> steps.getValueFactory().setValue(1_000_000));
        robot.clickOn((Node) find(robot, sweep, "#sweepRun"));
        UiWait.until(() -> !((Node) find(robot, sweep, "#sweepCancel")).isDisabled());
        robot.clickOn((Node) find(robot, sweep, "#sweepCancel"));
        UiWait.until(() -> sweep.job().task().isDone());
        SweepResult result = sweep.chart().shown();
        assertFalse(result.isComplete(), "cancelled before the end");
        assertTrue(result.outcomes().size() < RegressionRateSweep.DEFAULT_RATES, "ran " + result.outcomes().size());
        Label status = find(robot, sweep, "#sweepStatus");
        assertTrue(status.getText().startsWith("Cancelled after"), status.getText());
        assertFalse(((Node) find(robot, sweep, "#sweepRun")).isDisabled(), "Run is back");
        Label settings = find(robot, sweep, "#sweepSettings");
        assertTrue(settings.getText().contains("N = 1000000 steps per rate"), settings.getText());

        robot.clickOn(inLesson(robot, "#stepButton"));
        UiWait.until(() -> model.session().snapshotProperty().get().current().step() == 1);
    }

    @Test
    void clickingAPointLoadsItsRateIntoTheLessonAndResetsTheRun(FxRobot robot) {
        robot.clickOn(inLesson(robot, "#stepButton"));
        UiWait.until(() -> model.session().snapshotProperty().get().current().step() == 1);
        SweepWindow sweep = open(robot);
        robot.clickOn((Node) find(robot, sweep, "#sweepRun"));
        UiWait.until(() -> sweep.job().task().isDone() && sweep.chart().shown() != null);
        SweepResult result = sweep.chart().shown();
        assertTrue(result.isComplete());
        assertEquals(RegressionRateSweep.DEFAULT_RATES, result.outcomes().size());
        ExploreChart chart = sweep.chart().node();
        UiWait.until(() -> chart.dataArea() != null);
        double rate = result.sweep().rateAt(60);
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = chart.localToScreen(chart.toScreenX(rate), chart.dataArea().getCenterY()));
        robot.clickOn(at[0]);
        UiWait.until(() -> model.session().learningRateProperty().get() == rate);
        UiWait.until(() -> model.session().snapshotProperty().get().current().step() == 0);
        Label status = find(robot, sweep, "#sweepStatus");
        assertTrue(status.getText().contains("is in the lesson"), status.getText());
        assertEquals(rate, sweep.chart().lessonRate(), "the line marks the lesson's new rate");
    }

    @Test
    void predictsTeacherLockDisablesTheButtonAndAClickInTheOpenWindowLoadsNothing(FxRobot robot) {
        SweepWindow sweep = open(robot);
        robot.clickOn((Node) find(robot, sweep, "#sweepRun"));
        UiWait.until(() -> sweep.job().task().isDone() && sweep.chart().shown() != null);
        double before = model.session().learningRateProperty().get();
        robot.interact(() -> {
            model.session().predict().onProperty().set(true);
            model.session().predict().lockedProperty().set(true);
        });
        assertTrue(inLesson(robot, "#regressionSweepButton").isDisabled(), "the lock holds the sweep too");
        ExploreChart chart = sweep.chart().node();
        double rate = sweep.chart().shown().sweep().rateAt(20);
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = chart.localToScreen(chart.toScreenX(rate), chart.dataArea().getCenterY()));
        robot.clickOn(at[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model.session().learningRateProperty().get());
        Label status = find(robot, sweep, "#sweepStatus");
        assertTrue(status.getText().contains("locked"), status.getText());
        robot.interact(() -> model.session().predict().onProperty().set(false));
        assertFalse(inLesson(robot, "#regressionSweepButton").isDisabled(), "switching Predict off unlocks");
    }
}
