package org.gradientlab.app.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.gradientlab.app.compare.CompareWindow;
import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.lesson.LessonId;
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

/** The compare window opened from the Regression lesson: runs on the lesson's data, locked by Predict. */
@ExtendWith(ApplicationExtension.class)
class CompareRegressionUiTest {

    private MainWindow window;
    private RegressionController lesson;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        lesson = window.regression();
        window.select(LessonId.REGRESSION);
        stage.show();
    }

    @AfterEach
    void noUncaughtErrors(FxRobot robot) {
        if (lesson.compareWindow() != null) {
            robot.interact(() -> lesson.compareWindow().close());
        }
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    @Test
    void stepMovesEachRunDownTheLossSurface(FxRobot robot) {
        Node button = robot.from(lesson.view()).lookup("#compareButton").query();
        org.gradientlab.app.compare.CompareUi.scrollDownTo(robot, button);
        robot.clickOn(button);
        UiWait.until(() -> lesson.compareWindow() != null && lesson.compareWindow().stage().isShowing());
        CompareWindow compare = lesson.compareWindow();
        UiWait.until(() -> compare.table().getItems().size() == 2);
        double startLoss = compare.table().getItems().get(0).loss();
        assertEquals(lesson.model().session().snapshotProperty().get().current().loss(), startLoss, "from the lesson's start");
        Node step = robot.from(compare.stage().getScene().getRoot()).lookup("#compareStep").query();
        robot.clickOn(step);
        robot.clickOn(step);
        UiWait.until(() -> compare.table().getItems().stream().allMatch(run -> run.step() == 2));
        List<RunPicture> runs = List.copyOf(compare.table().getItems());
        assertTrue(runs.get(0).loss() < startLoss, "gd went down: " + runs.get(0).loss());
        assertTrue(runs.get(1).loss() < startLoss, "momentum went down: " + runs.get(1).loss());
        assertNotEquals(runs.get(0).x(), runs.get(1).x(), "momentum takes another path");
    }

    @Test
    void predictsLockDisablesCompare(FxRobot robot) {
        Node button = robot.from(lesson.view()).lookup("#compareButton").query();
        robot.interact(() -> {
            lesson.model().session().predict().onProperty().set(true);
            lesson.model().session().predict().lockedProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(button.isDisabled());
        robot.interact(() -> lesson.model().session().predict().onProperty().set(false));
        assertTrue(!button.isDisabled(), "switching Predict off unlocks");
    }
}
