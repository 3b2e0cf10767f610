package org.gradientlab.app.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gradientlab.app.compare.CompareModel;
import org.gradientlab.app.compare.CompareWindow;
import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.compare.RunSpec;
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
import org.testfx.util.WaitForAsyncUtils;

/** The compare window, opened from the Descent lesson and driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowUiTest {

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

    private CompareWindow open(FxRobot robot) {
        Node button = robot.from(window.descent().view()).lookup("#compareButton").query();
        org.gradientlab.app.compare.CompareUi.scrollDownTo(robot, button);
        robot.clickOn(button);
        UiWait.until(() -> window.descent().explore().compareWindow() != null
                && window.descent().explore().compareWindow().stage().isShowing());
        return window.descent().explore().compareWindow();
    }

    private static <T extends Node> T find(FxRobot robot, CompareWindow compare, String query) {
        return robot.from(compare.stage().getScene().getRoot()).lookup(query).query();
    }

    private static List<RunPicture> rows(CompareWindow compare) {
        return List.copyOf(compare.table().getItems());
    }

    private static void typeInto(FxRobot robot, CompareWindow compare, String id, String text) {
        TextField field = find(robot, compare, id);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void addAMomentumRunStepAndEveryRunMovesInTheTable(FxRobot robot) {
        CompareWindow compare = open(robot);
        UiWait.until(() -> rows(compare).size() == 2);
        double startF = rows(compare).get(0).loss();
        assertEquals("gd", rows(compare).get(0).spec().optimizer().name(), "run 1 is the lesson's");
        assertEquals("momentum", rows(compare).get(1).spec().optimizer().name(), "run 2 is momentum");

        robot.clickOn((Node) find(robot, compare, "#compareAdd"));
        ComboBox<String> optimizer = find(robot, compare, "#compareOptimizer3");
        robot.interact(() -> optimizer.setValue("momentum"));
        typeInto(robot, compare, "#compareRate3", "0.05");
        UiWait.until(() -> rows(compare).size() == 3 && rows(compare).get(2).spec().learningRate() == 0.05);
        assertEquals("momentum", rows(compare).get(2).spec().optimizer().name());

        for (int i = 0; i < 3; i++) {
            robot.clickOn((Node) find(robot, compare, "#compareStep"));
        }
        UiWait.until(() -> rows(compare).stream().allMatch(run -> run.step() == 3));
        List<RunPicture> runs = rows(compare);
        for (RunPicture run : runs) {
            assertTrue(run.loss() < startF, "run " + (run.slot() + 1) + " went down: " + run.loss());
        }
        assertNotEquals(runs.get(0).loss(), runs.get(1).loss(), "momentum moves differently from gd");
        assertNotEquals(runs.get(1).loss(), runs.get(2).loss(), "and at another rate differently again");
        assertEquals(0, model.session().currentStep(), "the lesson's own run has not moved");
    }

    @Test
    void badEntriesAreAnsweredBesideTheFieldAndTheRunKeepsItsSettings(FxRobot robot) {
        CompareWindow compare = open(robot);
        CompareModel runs = compare.model();
        RunSpec before = runs.runs().get(0);
        for (String bad : new String[] {"abc", "-1", "0"}) {
            typeInto(robot, compare, "#compareRate1", bad);
            TextField field = find(robot, compare, "#compareRate1");
            Label error = ((org.gradientlab.app.controls.NumberField) field.getParent()).errorLabel();
            assertTrue(error.isVisible() && !error.getText().isEmpty(), bad + " is answered");
            assertEquals(before, runs.runs().get(0), bad + " changes nothing");
        }
        typeInto(robot, compare, "#compareFactor2", "1.5");
        TextField beta = find(robot, compare, "#compareFactor2");
        Label error = ((org.gradientlab.app.controls.NumberField) beta.getParent()).errorLabel();
        assertEquals("must be at least 0 and below 1", error.getText());
        assertEquals(0.9, runs.runs().get(1).optimizer().beta());
        typeInto(robot, compare, "#compareFactor2", "0.5");
        assertEquals(0.5, runs.runs().get(1).optimizer().beta(), "a good β is taken");
        assertTrue(error.getText().isEmpty());
    }

    @Test
    void useTheLessonsProblemTakesTheLessonAsItIsNow(FxRobot robot) {
        CompareWindow compare = open(robot);
        robot.clickOn((Node) find(robot, compare, "#compareStep"));
        UiWait.until(() -> rows(compare).get(0).step() == 1);
        robot.interact(() -> {
            model.setFunction("w^2");
            model.startWProperty().set(3);
        });
        Label problem = find(robot, compare, "#compareProblem");
        assertTrue(problem.getText().startsWith("f(w) = (w - 1)^2"), "the window keeps its problem: " + problem.getText());
        robot.clickOn((Node) find(robot, compare, "#compareReseed"));
        UiWait.until(() -> rows(compare).size() == 2 && rows(compare).get(0).step() == 0);
        assertTrue(problem.getText().startsWith("f(w) = w^2,  start w₀ = 3"), problem.getText());
        assertEquals(9.0, rows(compare).get(0).loss(), "f(3) = 9");
        assertEquals(2, compare.stage().getScene().getRoot().lookupAll(".compare-run-row").size(), "the runs stay");
    }

    @Test
    void closingThePlayingWindowStopsItsWork(FxRobot robot) {
        // On a gentle slope nothing converges or diverges for a very long time.
        robot.interact(() -> model.setFunction("0.001*w"));
        CompareWindow compare = open(robot);
        ComboBox<String> speed = find(robot, compare, "#compareSpeed");
        robot.interact(() -> speed.setValue("as fast as possible"));
        robot.clickOn((Node) find(robot, compare, "#comparePlay"));
        CompareModel runs = compare.model();
        UiWait.until(() -> runs.updates() > 10_000);
        assertTrue(runs.playingProperty().get());
        robot.interact(() -> compare.stage().close());
        assertNull(compare.model(), "the window let its runs go");
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        long stopped = runs.updates();
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(stopped, runs.updates(), "no update after the window closed");

        // Opened again, it starts afresh from the lesson.
        CompareWindow again = open(robot);
        UiWait.until(() -> !rows(again).isEmpty() && rows(again).get(0).step() == 0);
    }
}
