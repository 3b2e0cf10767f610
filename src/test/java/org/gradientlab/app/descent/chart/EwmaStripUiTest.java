package org.gradientlab.app.descent.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.gradientlab.app.descent.model.DescentModel;
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

/** The "Momentum as an EWMA" strip in a real (headless) window: it follows the optimizer a person chooses. */
@ExtendWith(ApplicationExtension.class)
class EwmaStripUiTest {

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
    void momentumShowsTheStripStepByStepAndGdHidesIt(FxRobot robot) {
        EwmaStrip strip = window.descent().view().ewma;
        assertFalse(strip.isVisible(), "the first preset runs gd: no strip");

        choose(robot, "momentum");
        UiWait.until(() -> strip.isVisible() && strip.getScene() != null);
        assertEquals(strip, find(robot, "#ewmaStrip"), "the strip is in the lesson's view");
        for (int i = 1; i <= 3; i++) {
            robot.clickOn(this.<Node>find(robot, "#stepButton"));
            int expected = i;
            UiWait.until(() -> step() == expected);
        }
        UiWait.until(() -> strip.pointsShown() == 3);
        assertTrue(strip.isVisible());
        assertTrue(this.<Node>find(robot, "#ewmaChart").getLayoutBounds().getHeight() > 50, "the strip has room");
        assertTrue(this.<Node>find(robot, "#stepButton").isVisible());
        assertEquals(2, strip.seriesShown(), "momentum: g and v");

        choose(robot, "adam");
        UiWait.until(() -> step() == 0);
        robot.clickOn(this.<Node>find(robot, "#stepButton"));
        UiWait.until(() -> step() == 1);
        UiWait.until(() -> strip.seriesShown() == 3 && strip.pointsShown() == 1);
        assertTrue(strip.isVisible(), "adam keeps the strip, with m/(1-beta1^t) as a third series");

        choose(robot, "gd");
        UiWait.until(() -> !strip.isVisible());
        assertEquals(null, strip.getScene(), "the strip leaves the split: the table takes the room back");
    }

    private void choose(FxRobot robot, String optimizer) {
        robot.clickOn(this.<ComboBox<?>>find(robot, "#optimizerBox"));
        ListCell<?> cell = robot.lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> optimizer.equals(c.getText()) && c.isVisible())
                .findFirst().orElseThrow();
        robot.clickOn(cell);
        UiWait.until(() -> model.session().optimizerProperty().get().name().equals(optimizer));
        assertEquals(optimizer, model.session().optimizerProperty().get().name());
    }

    private <T extends Node> T find(FxRobot robot, String query) {
        return robot.from(window.descent().view()).lookup(query).query();
    }
}
