package org.gradientlab.app.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.runner.TimelinePosition;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.descent.DescentState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Branch from here with another optimizer, driven as a teacher would: Step with gd, scrub back,
 * choose momentum (no restart: the hint points at Branch), Branch, Step. The w shown is exactly one
 * momentum update from w_k with v = 0, and the first run stays as the ghost.
 */
@ExtendWith(ApplicationExtension.class)
class DescentOptimizerBranchUiTest {

    private static final int STEPS = 8;
    private static final int K = 3;

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
    void noUncaughtErrors() {
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private DescentState shown() {
        return model.session().snapshotProperty().get().current();
    }

    @Test
    void branchWithMomentumGoesOnFromTheShownStepWithAFreshVelocity(FxRobot robot) {
        assertEquals("gd", model.session().optimizerProperty().get().name());
        List<DescentState> firstRun = new ArrayList<>(List.of(shown()));
        for (int k = 1; k <= STEPS; k++) {
            robot.clickOn(this.<Node>find(robot, "#stepButton"));
            int expected = k;
            UiWait.until(() -> shown().step() == expected);
            firstRun.add(shown());
        }
        // Scrub back with the scrubber's keys: Home, then Right to step K.
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
        // Taken back: the run's own optimizer again, and the hint no longer promises momentum.
        choose(robot, "gd");
        UiWait.until(() -> hint.getText().startsWith("Recorded step " + K));
        choose(robot, "momentum");
        UiWait.until(() -> hint.getText().startsWith("Optimizer momentum: Branch from here continues from step " + K));

        robot.clickOn(this.<Node>find(robot, "#timelineBranch"));
        UiWait.until(() -> bar.timeline().position().ghost() != null);
        Trace ghost = bar.timeline().position().ghost();
        assertEquals(STEPS - K + 1, ghost.steps().length);
        for (int i = 0; i < ghost.steps().length; i++) {
            DescentState was = firstRun.get(K + i);
            assertEquals(K + i, (long) ghost.steps()[i]);
            assertEquals(was.w(), ghost.values()[0][i], "ghost w at " + (K + i));
            assertEquals(was.f(), ghost.values()[1][i], "ghost f at " + (K + i));
        }
        assertEquals(ghost, window.descent().view().ghostLayer.ghost(), "the curve draws the first run's ghost");
        assertEquals(firstRun.get(K), shown(), "branching keeps the shown state");
        assertEquals("momentum", model.session().optimizerProperty().get().name());

        robot.clickOn(this.<Node>find(robot, "#stepButton"));
        UiWait.until(() -> shown().step() == K + 1);
        DescentState from = firstRun.get(K);
        double rate = model.session().learningRateProperty().get();
        double beta = model.session().optimizerProperty().get().beta();
        // v starts at 0: v = beta*0 + (1-beta)*g, w <- w - rate*v.
        double v = beta * 0.0 + (1 - beta) * from.grad();
        double expected = from.w() - rate * v;
        assertEquals(expected, shown().w(), 0.0, "one momentum update from w_" + K + " with v = 0");
        Label w = find(robot, "#readoutW");
        UiWait.until(() -> w.getText().equals(Numbers.format(expected, 8)));
        assertEquals(K + 1, bar.timeline().position().newest(), "the steps go on being numbered from k");
        assertNotNull(bar.timeline().position().ghost(), "the ghost stays while the branch goes on");
        assertTrue(model.rows().stream().anyMatch(r -> r.step() == K - 1 && r.w() == firstRun.get(K - 1).w()),
                "the table keeps the first run's rows before k");
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
        return robot.from(window.descent().view()).lookup(query).query();
    }
}
