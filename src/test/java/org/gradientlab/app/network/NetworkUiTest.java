package org.gradientlab.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.network.model.NetworkData;
import org.gradientlab.app.network.model.NetworkModel;
import org.gradientlab.app.network.model.Phase;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.gradientlab.engine.network.Cost;
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
        window.select(LessonId.NETWORK);
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
        assertEquals(0, model.session().snapshotProperty().get().current().step());
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepPhaseButton"));
        UiWait.until(() -> diagram.shownPhase() == Phase.UPDATE && model.session().snapshotProperty().get().current().step() == 1);
    }

    @Test
    void aBadWeightIsAnsweredWhileThePreviousValueStays(FxRobot robot) {
        TextField w1 = find(robot, "#start-w1");
        double before = model.startProperty(0).get();
        robot.interact(() -> w1.setText("0.5.1"));
        robot.clickOn(w1).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = window.network().view().startFields[0].errorLabel();
        assertEquals("'0.5.1' is not a number", error.getText());
        assertTrue(error.isVisible());
        assertEquals(before, model.startProperty(0).get());
        robot.interact(() -> w1.setText("-1.25"));
        robot.clickOn(w1).type(KeyCode.ENTER);
        UiWait.until(() -> model.session().snapshotProperty().get().current().w1() == -1.25);
        assertEquals("", error.getText());
    }

    @Test
    void theChartsFollowTheRunSeriesBySeries(FxRobot robot) {
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepButton"));
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepButton"));
        UiWait.until(() -> model.session().snapshotProperty().get().current().step() == 2);
        NetworkView view = window.network().view();
        var now = model.session().snapshotProperty().get().current();
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
        UiWait.until(() -> model.session().snapshotProperty().get().chainRule().pairs() == 3);
        assertEquals("", error.getText());
        assertEquals(0, model.session().snapshotProperty().get().current().step());
    }

    @Test
    void withADataSetTheChainRuleSaysWhichNumbersAreTheFirstPairsAndGivesTheDiagramsMeans(FxRobot robot) {
        robot.interact(() -> model.dataProperty().set(NetworkData.CURVE));
        UiWait.until(() -> model.session().snapshotProperty().get().chainRule().pairs() == 9);
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

    @Test
    void theCrossEntropyRefusesATargetOutsideZeroToOneAndKeepsTheRun(FxRobot robot, @org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        // Under mse any y is a target: y = 2 is taken.
        TextField y = find(robot, "#yField");
        robot.interact(() -> y.setText("2"));
        robot.clickOn(y).type(KeyCode.ENTER);
        UiWait.until(() -> model.yProperty().get() == 2);
        // xent is then refused, with why, and the cost stays mse.
        javafx.scene.control.ComboBox<Cost> cost = find(robot, "#costChoice");
        Label dataError = find(robot, "#dataError");
        robot.interact(() -> cost.getSelectionModel().select(Cost.XENT));
        UiWait.until(() -> !dataError.getText().isEmpty());
        assertEquals("y = 2 is outside [0, 1]: the cross-entropy cost (xent) needs every target y from 0 to 1; the cost "
                + "stays mse", dataError.getText());
        assertEquals(Cost.MSE, model.costProperty().get());
        assertEquals(Cost.MSE, cost.getValue());
        // With y = 1, xent is taken; then typing y = 2 is answered at the field and y stays 1.
        robot.interact(() -> y.setText("1"));
        robot.clickOn(y).type(KeyCode.ENTER);
        UiWait.until(() -> model.yProperty().get() == 1);
        robot.interact(() -> cost.getSelectionModel().select(Cost.XENT));
        UiWait.until(() -> model.costProperty().get() == Cost.XENT && dataError.getText().isEmpty());
        robot.interact(() -> y.setText("2"));
        robot.clickOn(y).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label yError = window.network().view().yField.errorLabel();
        assertEquals("xent needs y from 0 to 1", yError.getText());
        assertEquals(1, model.yProperty().get());
        assertTrue(model.session().snapshotProperty().get().current().cost() >= 0);
        // A data file with a y outside [0, 1] is refused with its line; the single pair stays.
        java.nio.file.Path file = dir.resolve("probabilities.csv");
        java.nio.file.Files.writeString(file, "x,y\n0,1\n1,0.5\n\n2,3\n");
        NetworkData before = model.dataProperty().get();
        robot.interact(() -> window.network().load(file));
        UiWait.until(() -> !dataError.getText().isEmpty());
        assertEquals(file + ", line 5: y = 3 is outside [0, 1]: the cross-entropy cost (xent) needs every target y "
                + "from 0 to 1", dataError.getText());
        assertEquals(before, model.dataProperty().get());
    }

    @Test
    void aMessageUnderAFieldMovesAndSqueezesNothingAroundIt(FxRobot robot) {
        NetworkView view = window.network().view();
        List<javafx.scene.Node> around = new java.util.ArrayList<>(List.of(view.dataChoice, view.loadCsv, view.costChoice,
                view.xField, view.yField, view.stepPhase, view.diagram));
        around.addAll(List.of(view.startFields));
        for (javafx.scene.Node field : view.startFields) {
            around.add(field.getParent().getChildrenUnmodifiable().get(view.startFields[0].getParent()
                    .getChildrenUnmodifiable().indexOf(view.startFields[0]) - 1));
        }
        for (javafx.scene.Node label : ((javafx.scene.layout.GridPane) view.startFields[0].getParent()).getChildren()) {
            around.add(label);
        }
        List<javafx.geometry.Bounds> before = bounds(robot, around);
        TextField w1 = find(robot, "#start-w1");
        TextField x = find(robot, "#xField");
        robot.interact(() -> w1.setText("500"));
        robot.clickOn(w1).type(KeyCode.ENTER);
        robot.interact(() -> x.setText("abc"));
        robot.clickOn(x).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label w1Error = view.startFields[0].errorLabel();
        Label xError = view.xField.errorLabel();
        assertEquals("a parameter must be between -100 and 100", w1Error.getText());
        assertEquals("'abc' is not a number", xError.getText());
        robot.interact(() -> {
            for (Label error : List.of(w1Error, xError)) {
                assertTrue(error.isVisible() && error.getScene() != null, error.getText());
                // Right under its field, the whole message shown.
                javafx.geometry.Bounds field = (error == w1Error ? w1 : x).localToScene(
                        (error == w1Error ? w1 : x).getLayoutBounds());
                javafx.geometry.Bounds shown = error.localToScene(error.getLayoutBounds());
                assertTrue(shown.getMinY() >= field.getMaxY() && shown.getMinY() - field.getMaxY() < 10, shown + " " + field);
                assertEquals(List.of(), org.gradientlab.app.shell.Truncation.in(error));
            }
        });
        assertEquals(before, bounds(robot, around), "nothing around the fields moved or changed size");
        // A good entry takes the message away.
        robot.interact(() -> w1.setText("1"));
        robot.clickOn(w1).type(KeyCode.ENTER);
        UiWait.until(() -> !w1Error.isVisible() && w1Error.getScene() == null);
    }

    private static List<javafx.geometry.Bounds> bounds(FxRobot robot, List<javafx.scene.Node> nodes) {
        List<javafx.geometry.Bounds> all = new java.util.ArrayList<>();
        robot.interact(() -> nodes.forEach(n -> all.add(n.localToScene(n.getLayoutBounds()))));
        return all;
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
