package org.gradientlab.app.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.gradientlab.app.controls.NumberField;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.descent.model.StepRow;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.gradientlab.engine.optim.Schedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The schedule chosen as a person would: pick "step" in the optimizer panel, see only γ, D and W, type
 * a bad D (answered at the field, nothing changes), a good one, then Step: each row's rate is
 * lr·γ^⌊(t−1)/D⌋ and the readout by the learning rate says the next update's η_t.
 */
@ExtendWith(ApplicationExtension.class)
class ScheduleControlUiTest {

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

    @Test
    void chooseAStepScheduleThenStep(FxRobot robot) {
        Label readout = find(robot, "#scheduledRate");
        assertTrue(!readout.isVisible(), "no readout at a constant rate");
        robot.clickOn(this.<ComboBox<?>>find(robot, "#scheduleBox"));
        ListCell<?> cell = robot.lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> "step".equals(c.getText()) && c.isVisible()).findFirst().orElseThrow();
        robot.clickOn(cell);
        UiWait.until(() -> model.session().optimizerProperty().get().schedule().kind() == Schedule.Kind.STEP);
        UiWait.until(() -> shownFields(robot).equals(Set.of("schedule-gamma", "schedule-decaySteps", "schedule-warmup")));
        StepTable table = find(robot, "#stepTable");
        UiWait.until(() -> "η_t".equals(((Label) table.getColumns().get(4).getGraphic()).getText()));

        TextField decay = find(robot, "#schedule-decaySteps");
        NumberField decayField = (NumberField) decay.getParent();
        robot.interact(() -> {
            decay.setText("2.5");
            decayField.commit();
        });
        assertEquals("D must be a whole number of updates, at least 1", decayField.errorProperty().get());
        assertEquals(Schedule.DEFAULT_DECAY_STEPS, model.session().optimizerProperty().get().schedule().decaySteps(),
                "a bad D changes nothing");
        robot.interact(() -> {
            decay.setText("2");
            decayField.commit();
        });
        assertEquals("", decayField.errorProperty().get());
        UiWait.until(() -> model.session().optimizerProperty().get().schedule().decaySteps() == 2);

        double rate = model.session().learningRateProperty().get();
        for (int k = 1; k <= 5; k++) {
            robot.clickOn(this.<Node>find(robot, "#stepButton"));
            int expected = k;
            UiWait.until(() -> model.session().snapshotProperty().get().current().step() == expected);
        }
        UiWait.until(() -> model.rows().size() == 6);
        List<StepRow> rows = model.rows();
        for (int k = 0; k < 5; k++) {
            // Update t = k + 1: lr * 0.5^floor((t - 1)/2).
            assertEquals(rate * Math.pow(0.5, k / 2), rows.get(k).learningRate(), 0.0, "the rate column of step " + k);
        }
        double next = rate * Math.pow(0.5, 5 / 2);
        UiWait.until(() -> readout.isVisible() && readout.getText().contains("η_t = "));
        assertEquals(next, model.session().scheduledRateProperty().get(), 0.0);
    }

    private Set<String> shownFields(FxRobot robot) {
        return robot.from(window.descent().view()).lookup(".text-field").queryAll().stream()
                .map(Node::getId).filter(id -> id != null && id.startsWith("schedule-")).collect(Collectors.toSet());
    }

    private <T extends Node> T find(FxRobot robot, String query) {
        return robot.from(window.descent().view()).lookup(query).query();
    }
}
