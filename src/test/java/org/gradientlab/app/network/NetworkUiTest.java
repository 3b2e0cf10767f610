package org.gradientlab.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gradientlab.app.ErrorReporter;
import org.gradientlab.app.UiWait;
import org.gradientlab.app.GradientLabApp;
import org.gradientlab.app.MainWindow;
import org.gradientlab.app.Numbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Network lesson in a real (headless) window, driven the way a teacher drives it. */
@ExtendWith(ApplicationExtension.class)
class NetworkUiTest {

    private MainWindow window;
    private NetworkModel model;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        model = window.network().model();
        window.select(1);
        stage.show();
    }

    @AfterEach
    void noUncaughtErrors() {
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    @Test
    void stepPhaseFourTimesWalksTheDiagramForwardAndBackward(FxRobot robot) {
        NetworkDiagram diagram = window.network().view().diagram;
        Label status = find(robot, "#networkStatus");
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepPhaseButton"));
        UiWait.until(() -> diagram.shownPhase() == Phase.FORWARD);
        assertTrue(status.getText().contains("1 · Forward pass"), status.getText());
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepPhaseButton"));
        UiWait.until(() -> diagram.shownPhase() == Phase.COST);
        waitForPulse();
        WritableImage beforeBackward = UiWait.image(robot, diagram);
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepPhaseButton"));
        UiWait.until(() -> diagram.shownPhase() == Phase.BACKWARD);
        waitForPulse();
        assertTrue(status.getText().contains("3 · Backward pass"), status.getText());
        assertNotEquals(0, UiWait.differingPixels(beforeBackward, UiWait.image(robot, diagram)), "the deltas and gradients appear");
        assertEquals(0, model.snapshotProperty().get().current().step());
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepPhaseButton"));
        UiWait.until(() -> diagram.shownPhase() == Phase.UPDATE && model.snapshotProperty().get().current().step() == 1);
    }

    @Test
    void aBadWeightIsAnsweredWhileThePreviousValueStays(FxRobot robot) {
        TextField w1 = find(robot, "#start-w1");
        double before = model.startProperty(0).get();
        robot.interact(() -> w1.setText("0.5.1"));
        robot.clickOn(w1).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.from(w1.getParent()).lookup(".field-error").queryAs(Label.class);
        assertEquals("'0.5.1' is not a number", error.getText());
        assertTrue(error.isVisible());
        assertEquals(before, model.startProperty(0).get());
        robot.interact(() -> w1.setText("-1.25"));
        robot.clickOn(w1).type(KeyCode.ENTER);
        UiWait.until(() -> model.snapshotProperty().get().current().w1() == -1.25);
        assertEquals("", error.getText());
    }

    @Test
    void theChartsFollowTheRunSeriesBySeries(FxRobot robot) {
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepButton"));
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepButton"));
        UiWait.until(() -> model.snapshotProperty().get().current().step() == 2);
        NetworkView view = window.network().view();
        var now = model.snapshotProperty().get().current();
        UiWait.until(() -> view.paramChart.lastDrawn("w1") == now.w1());
        assertEquals(now.b1(), view.paramChart.lastDrawn("b1"));
        assertEquals(now.w2(), view.paramChart.lastDrawn("w2"));
        assertEquals(now.b2(), view.paramChart.lastDrawn("b2"));
        assertEquals(now.cost(), view.costChart.lastDrawn("cost"));
    }

    @Test
    void aBadDataFileIsAnsweredWithItsLineAndTheDataStays(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        NetworkData before = model.dataProperty().get();
        java.nio.file.Path bad = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(bad, "x,y\n1,0\nabc,1\n");
        robot.interact(() -> window.network().load(bad));
        Label error = find(robot, "#dataError");
        UiWait.until(() -> !error.getText().isEmpty());
        assertEquals(bad + ", line 3: 'abc' is not a number", error.getText());
        assertEquals(before, model.dataProperty().get());

        java.nio.file.Path good = dir.resolve("good.csv");
        java.nio.file.Files.writeString(good, "x,y\n0,1\n1,0\n2,0\n");
        robot.interact(() -> window.network().load(good));
        UiWait.until(() -> model.snapshotProperty().get().chainRule().pairs() == 3);
        assertEquals("", error.getText());
        assertEquals(0, model.snapshotProperty().get().current().step());
    }

    @Test
    void withADataSetTheChainRuleSaysWhichNumbersAreTheFirstPairsAndGivesTheDiagramsMeans(FxRobot robot) {
        robot.interact(() -> model.dataProperty().set(NetworkData.CURVE));
        UiWait.until(() -> model.snapshotProperty().get().chainRule().pairs() == 9);
        // The start (0.5, 0, -0.3, 0) and mse, by SPEC section 3, pair by pair.
        double[] x = NetworkData.CURVE.data().x();
        double[] y = NetworkData.CURVE.data().y();
        double[] mean = new double[4];
        double[] first = new double[4];
        for (int j = 0; j < x.length; j++) {
            double a1 = 1 / (1 + Math.exp(-(0.5 * x[j])));
            double yhat = 1 / (1 + Math.exp(-(-0.3 * a1)));
            double delta2 = (yhat - y[j]) * yhat * (1 - yhat);
            double delta1 = delta2 * -0.3 * a1 * (1 - a1);
            double[] grads = {delta1 * x[j], delta1, delta2 * a1, delta2};
            for (int p = 0; p < 4; p++) {
                mean[p] += grads[p] / x.length;
                if (j == 0) {
                    first[p] = grads[p];
                }
            }
        }
        Label firstPair = find(robot, "#chainFirstPair");
        Label gradW1 = find(robot, "#chainGradW1");
        Label means = find(robot, "#chainMeans");
        UiWait.until(() -> means.isVisible() && !means.getText().isEmpty());
        assertTrue(firstPair.isVisible() && firstPair.getText().startsWith("For the first pair (x = −2, y = 0.102)"),
                firstPair.getText());
        assertTrue(gradW1.getText().endsWith("= " + Numbers.format(first[0], 4) + "   (this pair)"), gradW1.getText());
        String[] names = {"w1", "b1", "w2", "b2"};
        for (int p = 0; p < 4; p++) {
            assertTrue(means.getText().contains("∂C/∂" + names[p] + " = " + Numbers.format(mean[p], 4)), means.getText());
        }
        // The diagram writes the same means by its edges and biases.
        NetworkDiagram diagram = window.network().view().diagram;
        UiWait.until(() -> diagram.drawnLayout() != null && diagram.drawnLayout().labels.stream()
                .anyMatch(l -> l.text().equals("∂C/∂b1 = " + Numbers.format(mean[1], 4))));
        assertTrue(diagram.drawnLayout().labels.stream().anyMatch(l -> l.text().equals("= " + Numbers.format(mean[0], 4))));
        assertTrue(diagram.drawnLayout().labels.stream().anyMatch(l -> l.text().equals("= " + Numbers.format(mean[2], 4))));
    }

    private static void waitForPulse() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A node of this lesson (the other lessons have controls with the same ids). */
    private <T extends javafx.scene.Node> T find(FxRobot robot, String query) {
        return robot.from(window.network().view()).lookup(query).query();
    }
}
