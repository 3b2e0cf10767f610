package org.gradientlab.app.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gradientlab.app.controls.TimelineBar;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.regression.model.RegressionSnapshot;
import org.gradientlab.app.runner.TimelinePosition;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Branch from here with another optimizer in Regression, driven as a teacher would: gd Steps on all
 * points, scrub back, choose momentum (no restart: the hint points at Branch), Branch, Step. The
 * (w0, w1) shown is exactly one momentum update from step k with v = 0; the gd run stays as the ghost.
 */
@ExtendWith(ApplicationExtension.class)
class RegressionOptimizerBranchUiTest {

    private static final int STEPS = 8;
    private static final int K = 3;

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
    void noUncaughtErrors() {
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private RegressionState shown() {
        return model.session().snapshotProperty().get().current();
    }

    @Test
    void branchWithMomentumGoesOnFromTheShownStepWithAFreshVelocity(FxRobot robot) {
        assertEquals("gd", model.session().optimizerProperty().get().name());
        assertTrue(model.session().snapshotProperty().get().setup().problem().isFullBatch());
        List<RegressionState> firstRun = new ArrayList<>(List.of(shown()));
        for (int k = 1; k <= STEPS; k++) {
            robot.clickOn(this.<Node>find(robot, "#stepButton"));
            int expected = k;
            UiWait.until(() -> shown().step() == expected);
            firstRun.add(shown());
        }
        TimelineBar bar = find(robot, ".timeline-bar");
        robot.clickOn(bar.slider().lookup(".thumb"));
        robot.type(KeyCode.HOME);
        UiWait.until(() -> shown().step() == 0);
        for (int i = 0; i < K; i++) {
            robot.type(KeyCode.RIGHT);
        }
        UiWait.until(() -> shown().step() == K);
        assertEquals(firstRun.get(K), shown());

        choose(robot, "momentum");
        Label hint = find(robot, "#timelineHint");
        UiWait.until(() -> hint.getText().startsWith("Optimizer momentum: Branch from here continues from step " + K));
        TimelinePosition at = bar.timeline().position();
        assertEquals(STEPS, at.newest(), "choosing an optimizer while scrubbed back does not restart");
        assertEquals(K, at.shown());

        robot.clickOn(this.<Node>find(robot, "#timelineBranch"));
        UiWait.until(() -> bar.timeline().position().ghost() != null);
        Trace ghost = bar.timeline().position().ghost();
        assertEquals(STEPS - K + 1, ghost.steps().length);
        for (int i = 0; i < ghost.steps().length; i++) {
            assertEquals(firstRun.get(K + i).w0(), ghost.values()[RegressionSnapshot.W0][i], "ghost w0 at " + (K + i));
            assertEquals(firstRun.get(K + i).w1(), ghost.values()[RegressionSnapshot.W1][i], "ghost w1 at " + (K + i));
        }

        robot.clickOn(this.<Node>find(robot, "#stepButton"));
        UiWait.until(() -> shown().step() == K + 1);
        // All points, v = 0: v = (1 - beta)*g, w <- w - rate*v, g the sums of SPEC section 4 at step K.
        RegressionState from = firstRun.get(K);
        DataSet data = model.session().snapshotProperty().get().setup().trained();
        Reduction reduction = model.session().snapshotProperty().get().setup().problem().reduction();
        double sumR = 0;
        double sumRX = 0;
        for (int j = 0; j < data.size(); j++) {
            double r = data.y()[j] - (from.w0() + from.w1() * data.x()[j]);
            sumR += r;
            sumRX += r * data.x()[j];
        }
        double rate = model.session().learningRateProperty().get();
        double beta = model.session().optimizerProperty().get().beta();
        double w0 = from.w0() - rate * ((1 - beta) * reduction.gradient(sumR, data.size()));
        double w1 = from.w1() - rate * ((1 - beta) * reduction.gradient(sumRX, data.size()));
        assertEquals(w0, shown().w0(), 0.0, "one momentum update from w0_" + K + " with v = 0");
        assertEquals(w1, shown().w1(), 0.0, "one momentum update from w1_" + K + " with v = 0");
        Label status = find(robot, "#regressionStatus");
        UiWait.until(() -> status.getText().startsWith("Step " + (K + 1) + " ")
                && status.getText().contains("w0 = " + Numbers.format(w0) + ", w1 = " + Numbers.format(w1)));
        assertEquals(K + 1, bar.timeline().position().newest(), "the steps go on being numbered from k");
        assertEquals(ghost, bar.timeline().position().ghost(), "the ghost stays while the branch goes on");
    }

    private void choose(FxRobot robot, String optimizer) {
        robot.clickOn(this.<ComboBox<?>>find(robot, "#optimizerBox"));
        ListCell<?> cell = robot.lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> optimizer.equals(c.getText()) && c.isVisible())
                .findFirst().orElseThrow();
        robot.clickOn(cell);
        UiWait.until(() -> model.session().optimizerProperty().get().name().equals(optimizer));
    }

    private <T extends Node> T find(FxRobot robot, String query) {
        return robot.from(window.regression().view()).lookup(query).query();
    }
}
