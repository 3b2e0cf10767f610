package org.gradientlab.app.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.network.model.NetworkModel;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Predict, then reveal" in a real (headless) window: switched on by its key, a guess, Reveal, the score, the lock. */
@ExtendWith(ApplicationExtension.class)
class PredictUiTest {

    private MainWindow window;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        stage.show();
    }

    @AfterEach
    void noUncaughtErrors() {
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void descentAsksThenRevealsOneStepAndScores(FxRobot robot) {
        DescentModel model = window.descent().model();
        Node view = window.descent().view();
        assertFalse(shown(find(robot, view, "#predictScore")), "the panel is hidden while the mode is off");
        ctrl(robot, KeyCode.R);
        assertTrue(model.session().predict().onProperty().get(), "Ctrl+R switches the mode on");
        Label score = find(robot, view, "#predictScore");
        assertTrue(shown(score));
        assertEquals("Score: no rounds yet", score.getText());

        robot.clickOn(PredictUiTest.<Node>find(robot, view, "#stepButton"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.session().predict().askingProperty().get(), "Step asks first");
        assertEquals(0, model.session().currentStep(), "and does not step");
        assertFalse(find(robot, view, "#revealButton").isDisabled());

        // A click on the chart places the ghost, not the start.
        double start = model.startWProperty().get();
        robot.clickOn(PredictUiTest.<Node>find(robot, view, "#descentChart"));
        // A click picks once it is clear no second click (a double click) follows.
        UiWait.until(() -> model.session().predict().guessProperty().get() != null);
        assertNotNull(model.session().predict().guessProperty().get(), "the click placed the guess");
        assertEquals(start, model.startWProperty().get(), "the start stays");

        robot.clickOn(PredictUiTest.<Node>find(robot, view, "#revealButton"));
        UiWait.until(() -> model.session().currentStep() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.session().currentStep(), "exactly one step");
        assertEquals(1, model.session().predict().totalProperty().get());
        assertTrue(score.getText().matches("Score: [01] / 1 right"), score.getText());
        Label result = find(robot, view, "#predictResult");
        assertTrue(result.getText().contains("you: w = "), result.getText());
        assertFalse(model.session().predict().askingProperty().get());
    }

    @Test
    void enterRevealsTheNetworksChosenAnswer(FxRobot robot) {
        ctrl(robot, KeyCode.DIGIT2);
        NetworkModel model = window.network().model();
        Node view = window.network().view();
        ctrl(robot, KeyCode.R);
        assertTrue(model.session().predict().onProperty().get(), "the open lesson's mode");
        assertFalse(window.descent().model().session().predict().onProperty().get(), "not another lesson's");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.session().predict().askingProperty().get(), "Right asks first");
        assertEquals(0, model.session().currentStep());
        Node w2 = find(robot, view, "#predict-w2");
        assertFalse(w2.isDisabled());
        robot.clickOn(w2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("w2", model.session().predict().choiceProperty().get());
        robot.type(KeyCode.ENTER);
        UiWait.until(() -> model.session().currentStep() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.session().currentStep());
        Label score = find(robot, view, "#predictScore");
        assertTrue(score.getText().matches("Score: [01] / 1 right"), score.getText());
        Label result = find(robot, view, "#predictResult");
        assertTrue(result.getText().contains("Changes: w1 "), result.getText());
    }

    @Test
    void theLockDisablesTheOtherControlsUntilOneClick(FxRobot robot) {
        DescentModel model = window.descent().model();
        Node view = window.descent().view();
        ctrl(robot, KeyCode.R);
        robot.clickOn(PredictUiTest.<Node>find(robot, view, "#lockControls"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.session().predict().lockedProperty().get());
        for (String id : new String[] {"#functionField", "#presetBox", "#learningRateSlider", "#playButton",
                "#resetButton", "#startField", "#sweepButton", "#basinButton", "#compareButton"}) {
            assertTrue(find(robot, view, id).isDisabled(), id + " is locked");
        }
        assertFalse(find(robot, view, "#stepButton").isDisabled(), "Step asks the next question");
        assertTrue(shown(find(robot, view, "#lockNote")), "the panel says the controls are locked");
        robot.clickOn(PredictUiTest.<Node>find(robot, view, "#descentChart"));
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.session().playingProperty().get(), "Space does not play while locked");

        robot.clickOn(PredictUiTest.<Node>find(robot, view, "#lockControls"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(find(robot, view, "#functionField").isDisabled(), "one click unlocks");
    }

    /** Whether the node and every parent are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A node of this lesson (the lessons share ids). */
    private static <T extends Node> T find(FxRobot robot, Node view, String query) {
        return robot.from(view).lookup(query).query();
    }
}
