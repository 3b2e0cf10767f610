package org.gradientlab.app.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.gradientlab.engine.descent.DescentState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Descent lesson in a real (headless) window, driven the way a person drives it. */
@ExtendWith(ApplicationExtension.class)
class DescentUiTest {

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

    private long step() {
        return model.session().snapshotProperty().get().current().step();
    }

    @Test
    void draggingTheSliderChangesTheModelsRate(FxRobot robot) {
        Slider slider = find(robot, "#learningRateSlider");
        double before = model.session().learningRateProperty().get();
        robot.drag(slider.lookup(".thumb")).moveBy(-120, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double after = model.session().learningRateProperty().get();
        assertTrue(after < before, "dragging left lowers the rate: " + before + " -> " + after);
        assertEquals(after, Math.pow(10, slider.getValue()), after * 0.01, "slider and model agree");
        TextField field = find(robot, "#learningRateField");
        assertEquals(after, Double.parseDouble(field.getText()), 1e-12, "the field shows the rate");
    }

    @Test
    void pressingStepMovesWTheTableAndTheTangent(FxRobot robot) {
        WritableImage before = layerImage(robot);
        DescentState start = model.session().snapshotProperty().get().current();
        Label w = find(robot, "#readoutW");
        String shownBefore = w.getText();

        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepButton"));
        UiWait.until(() -> step() == 1);
        UiWait.until(() -> !window.descent().view().layer.isGliding());

        DescentState after = model.session().snapshotProperty().get().current();
        double rate = model.session().learningRateProperty().get();
        assertEquals(start.w() - rate * start.grad(), after.w(), "exactly one gd update");
        assertNotEquals(shownBefore, w.getText());
        TableView<?> table = find(robot, "#stepTable");
        assertEquals(2, table.getItems().size());
        assertNotEquals(0, UiWait.differingPixels(before, layerImage(robot)), "the point and tangent moved");
    }

    @Test
    void aBadFunctionShowsItsErrorWhileTheOldCurveStays(FxRobot robot) {
        String old = model.functionProperty().get().source();
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepButton"));
        UiWait.until(() -> step() == 1);
        TextField field = find(robot, "#functionField");
        robot.interact(() -> field.setText("sin(w)) + 1"));
        robot.clickOn(field).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // The message lies over the window under the field, not in the lesson's layout.
        Label error = robot.lookup("#functionError").queryAs(Label.class);
        assertEquals("      ^ unexpected ')' at column 7", error.getText(), "the caret points at column 7");
        assertTrue(error.isVisible());
        assertEquals(old, model.functionProperty().get().source(), "the old function stays");
        assertEquals(1, step(), "the run is untouched");
        assertTrue(field.getStyleClass().contains("error"));
        assertEquals(6, field.getCaretPosition(), "the caret sits at the error");

        robot.interact(() -> field.setText("w^2 + 1"));
        robot.clickOn(field).type(KeyCode.ENTER);
        UiWait.until(() -> step() == 0 && model.functionProperty().get().source().equals("w^2 + 1"));
        assertEquals("", error.getText());
    }

    @Test
    void stepBackShowsThePreviousState(FxRobot robot) {
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepButton"));
        UiWait.until(() -> step() == 1);
        DescentState one = model.session().snapshotProperty().get().current();
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepButton"));
        UiWait.until(() -> step() == 2);
        Button back = find(robot, "#stepBackButton");
        assertTrue(!back.isDisabled());
        robot.clickOn(back);
        UiWait.until(() -> step() == 1);
        assertEquals(one, model.session().snapshotProperty().get().current());
        Label w = find(robot, "#readoutW");
        assertEquals(org.gradientlab.app.look.Numbers.format(one.w(), 8), w.getText());
    }

    @Test
    void theViewFollowsADivergingPointAsFarAsItGoes(FxRobot robot) {
        // gd on w^2 at rate 1.1 multiplies w by -1.2 each step: it leaves any view, crossing 1e6 by step 72.
        robot.interact(() -> {
            model.setFunction("w^2");
            model.session().learningRateProperty().set(1.1);
        });
        DescentView view = window.descent().view();
        var domain = view.chart.node().plot().getDomainAxis();
        var range = view.chart.node().plot().getRangeAxis();
        for (int target : new int[] {10, 80, 200}) {
            while (step() < target) {
                long expected = step() + 1;
                robot.interact(model.session()::step);
                UiWait.until(() -> step() == expected);
            }
            double w = -2.5 * Math.pow(-1.2, target);
            double[] shown = new double[4];
            UiWait.until(() -> {
                shown[0] = domain.getLowerBound();
                shown[1] = domain.getUpperBound();
                shown[2] = range.getLowerBound();
                shown[3] = range.getUpperBound();
                return shown[0] < w && w < shown[1];
            });
            assertTrue(shown[2] <= w * w && w * w < shown[3], "f(w) = " + w * w + " in " + shown[2] + ".." + shown[3]);
            assertEquals(w, model.session().snapshotProperty().get().current().w(), Math.abs(w) * 1e-12, "the run at step " + target);
        }
        // Played on until f(w) overflows (about step 1950, |w| near 1e154): the view went with it as far as
        // an axis can show, and a new function afterwards still draws (an axis near the largest doubles
        // once left JFreeChart looking for a tick unit for ever).
        robot.interact(() -> {
            model.session().speedProperty().set(org.gradientlab.app.runner.TrainingRunner.MAX_SPEED);
            model.session().togglePlay();
        });
        UiWait.until(() -> model.session().snapshotProperty().get().divergedAt() >= 0 && !model.session().playingProperty().get());
        double last = model.session().snapshotProperty().get().current().w();
        UiWait.until(() -> domain.getLowerBound() < last && last < domain.getUpperBound());
        robot.interact(() -> model.setFunction("w"));
        UiWait.until(() -> domain.getUpperBound() < 10);
        robot.interact(() -> UiWait.assertSaneAxes(window.root(), "after a new function"));
    }

    @Test
    void theStatusSaysPausedBetweenStepsAndRunningOnlyWhilePlaying(FxRobot robot) {
        Label line = find(robot, "#statusLine");
        Label badge = find(robot, "#statusBadge");
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#stepButton"));
        UiWait.until(() -> step() == 1 && line.getText().contains("the next step goes"));
        assertTrue(line.getText().contains("Paused: f′(w) < 0, the next step goes right →"), line.getText());
        assertTrue(badge.getText().startsWith("Paused"), badge.getText());
        assertTrue(badge.getStyleClass().contains("status-paused"), badge.getStyleClass().toString());
        assertFalse(line.getText().contains("Running"), line.getText());
        // One step a second: slow enough that the status is read while playing.
        robot.interact(() -> {
            model.session().speedProperty().set(1);
            model.session().togglePlay();
        });
        UiWait.until(() -> badge.getText().startsWith("Running"));
        assertTrue(badge.getStyleClass().contains("status-running"), badge.getStyleClass().toString());
        robot.interact(model.session()::togglePlay);
        UiWait.until(() -> !model.session().playingProperty().get() && badge.getText().startsWith("Paused")
                && line.getText().contains("Paused"));
    }

    @Test
    void theKeysStepPlayAndReset(FxRobot robot) {
        robot.clickOn(this.<javafx.scene.Node>find(robot, "#descentChart"));
        UiWait.until(() -> step() == 0);
        robot.type(KeyCode.RIGHT);
        UiWait.until(() -> step() == 1);
        robot.type(KeyCode.LEFT);
        UiWait.until(() -> step() == 0);
        double rate = model.session().learningRateProperty().get();
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.session().learningRateProperty().get() > rate);
        robot.type(KeyCode.SPACE);
        UiWait.until(() -> step() > 1 || !model.session().playingProperty().get());
        robot.type(KeyCode.SPACE);
        UiWait.until(() -> !model.session().playingProperty().get());
        robot.type(KeyCode.R);
        UiWait.until(() -> step() == 0);
    }

    private WritableImage layerImage(FxRobot robot) {
        javafx.scene.Node layer = find(robot, ".chart-layer");
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = layer.snapshot(null, null));
        return image[0];
    }

    /** A node of this lesson (the other lessons have controls with the same ids). */
    private <T extends javafx.scene.Node> T find(FxRobot robot, String query) {
        return robot.from(window.descent().view()).lookup(query).query();
    }
}
