package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.runner.TrainingRunner;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Learning rate 10 typed into each lesson and played flat out: the run stops cleanly, a banner
 * says so, every chart keeps finite ranges, and Reset brings the lesson back.
 */
@ExtendWith(ApplicationExtension.class)
class DivergenceUiTest {

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

    private <T extends Node> T find(FxRobot robot, Node view, String id) {
        return robot.from(view).lookup(id).query();
    }

    /** Types the rate into the lesson's field, as a person would, and plays at full speed. */
    private void playAtRateTen(FxRobot robot, Node view, Playback lesson) {
        TextField rate = find(robot, view, "#learningRateField");
        robot.interact(() -> lesson.speedProperty().set(TrainingRunner.MAX_SPEED));
        robot.doubleClickOn(rate).write("10").type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE);
        robot.interact(lesson::togglePlay);
        UiWait.until(() -> !lesson.playing().get() && lesson.currentStep() > 0);
    }

    private void divergeAndReset(FxRobot robot, Node view, Playback lesson, String bannerId) {
        playAtRateTen(robot, view, lesson);
        assertStoppedWithBanner(robot, view, bannerId);
        assertResetBringsItBack(robot, view, lesson, bannerId);
    }

    private void assertStoppedWithBanner(FxRobot robot, Node view, String bannerId) {
        Label banner = find(robot, view, bannerId);
        assertTrue(banner.isVisible() && banner.getText().startsWith("Diverged at step "), banner.getText());
        robot.interact(() -> UiWait.assertSaneAxes(window.root(), "after the divergence"));
    }

    private void assertResetBringsItBack(FxRobot robot, Node view, Playback lesson, String bannerId) {
        robot.interact(lesson::reset);
        UiWait.until(() -> lesson.currentStep() == 0);
        Label banner = find(robot, view, bannerId);
        UiWait.until(() -> banner.getText().isEmpty());
        robot.interact(() -> UiWait.assertSaneAxes(window.root(), "after Reset"));
    }

    @Test
    void descentStopsShowsTheBannerAndResets(FxRobot robot) {
        divergeAndReset(robot, window.descent().view(), window.descent().model().session(), "#divergedBanner");
    }

    @Test
    void regressionStopsShowsTheBannerAndResets(FxRobot robot) {
        robot.interact(() -> window.select(LessonId.REGRESSION));
        divergeAndReset(robot, window.regression().view(), window.regression().model().session(), "#regressionBanner");
    }

    @Test
    void networkStopsWhenTheCrossEntropyOverflowsAndResets(FxRobot robot) {
        // Under gd every gradient is bounded by the sigmoid, so rate 10 only creeps; Adam's steps are
        // about the rate whatever the gradient, so with y = 1 it drives yhat to exactly 1 within a few
        // steps, where the cross-entropy's 0 * ln(0) is not a number (y outside [0, 1] is refused).
        robot.interact(() -> window.select(LessonId.NETWORK));
        var model = window.network().model();
        robot.interact(() -> {
            model.costProperty().set(Cost.XENT);
            model.yProperty().set(1);
            model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("adam"));
        });
        divergeAndReset(robot, window.network().view(), model.session(), "#networkBanner");
    }
}
