package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.gradientlab.app.controls.TimelineBar;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.runner.TimelinePosition;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.descent.DescentState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline in each lesson, driven as a person would: step a few times, drag the scrubber or
 * use its keys, and every panel shows exactly the recorded state of that step; Branch from here,
 * then Step, goes on from the shown step and leaves the first run as the ghost.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineUiTest {

    private static final int STEPS = 12;

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

    /** One lesson as the test sees it: its view, its shown state (a record: equals is exact) and its rate. */
    private record Lesson(Node view, Supplier<Object> state, Supplier<Long> step,
                          javafx.beans.property.DoubleProperty rate) {
    }

    private Lesson lesson(FxRobot robot, int index) {
        LessonId id = window.lessonIds().get(index);
        robot.interact(() -> window.select(id));
        WaitForAsyncUtils.waitForFxEvents();
        return switch (id) {
            case DESCENT -> new Lesson(window.descent().view(), () -> window.descent().model().session().snapshotProperty().get().current(),
                    () -> window.descent().model().session().snapshotProperty().get().current().step(),
                    window.descent().model().session().learningRateProperty());
            case NETWORK -> new Lesson(window.network().view(), () -> window.network().model().session().snapshotProperty().get().current(),
                    () -> window.network().model().session().snapshotProperty().get().current().step(),
                    window.network().model().session().learningRateProperty());
            default -> new Lesson(window.regression().view(),
                    () -> window.regression().model().session().snapshotProperty().get().current(),
                    () -> window.regression().model().session().snapshotProperty().get().current().step(),
                    window.regression().model().session().learningRateProperty());
        };
    }

    /** Steps by the Step button, keeping each step's state as the lesson showed it then. */
    private List<Object> stepAndRecord(FxRobot robot, Lesson lesson) {
        List<Object> recorded = new ArrayList<>(List.of(lesson.state().get()));
        Node step = robot.from(lesson.view()).lookup("#stepButton").query();
        for (int k = 1; k <= STEPS; k++) {
            robot.clickOn(step);
            long expected = k;
            UiWait.until(() -> lesson.step().get() == expected);
            recorded.add(lesson.state().get());
        }
        return recorded;
    }

    private static TimelineBar bar(FxRobot robot, Lesson lesson) {
        return robot.from(lesson.view()).lookup(".timeline-bar").query();
    }

    private void dragScrubberAndSeeEachRecordedState(FxRobot robot, int index) {
        Lesson lesson = lesson(robot, index);
        List<Object> recorded = stepAndRecord(robot, lesson);
        TimelineBar bar = bar(robot, lesson);
        Slider slider = bar.slider();
        UiWait.until(() -> slider.getMax() == STEPS && slider.getValue() == STEPS);

        robot.drag(slider.lookup(".thumb")).moveBy(-slider.getWidth() / 2, 0).release(MouseButton.PRIMARY);
        UiWait.until(() -> lesson.step().get() < STEPS && lesson.step().get() == Math.round(slider.getValue()));
        long shown = lesson.step().get();
        assertEquals(recorded.get((int) shown), lesson.state().get(), "dragged to step " + shown);
        Label label = robot.from(lesson.view()).lookup("#timelineLabel").query();
        assertEquals("step " + shown + " of " + STEPS, label.getText());

        // The keys, with the scrubber focused: one step, ten steps, the first, the newest.
        robot.clickOn(slider.lookup(".thumb"));
        UiWait.until(() -> lesson.step().get() == Math.round(slider.getValue()));
        long at = lesson.step().get();
        robot.type(KeyCode.LEFT);
        UiWait.until(() -> lesson.step().get() == at - 1);
        assertEquals(recorded.get((int) at - 1), lesson.state().get());
        robot.type(KeyCode.HOME);
        UiWait.until(() -> lesson.step().get() == 0);
        assertEquals(recorded.get(0), lesson.state().get());
        robot.type(KeyCode.PAGE_UP);
        UiWait.until(() -> lesson.step().get() == 10);
        assertEquals(recorded.get(10), lesson.state().get());
        robot.type(KeyCode.END);
        UiWait.until(() -> lesson.step().get() == STEPS);
        assertEquals(recorded.get(STEPS), lesson.state().get());
        assertEquals(STEPS, bar.timeline().position().newest(), "scrubbing changed no recorded step");
    }

    private void branchThenStepGoesOnFromTheShownStep(FxRobot robot, int index) {
        Lesson lesson = lesson(robot, index);
        List<Object> recorded = stepAndRecord(robot, lesson);
        TimelineBar bar = bar(robot, lesson);
        long k = 5;
        robot.interact(() -> bar.timeline().show(k));
        UiWait.until(() -> lesson.step().get() == k);
        assertEquals(recorded.get((int) k), lesson.state().get());
        // Step while scrubbed back replays the recording: the next recorded step, the run unchanged.
        robot.clickOn(robot.from(lesson.view()).lookup("#stepButton").<Node>query());
        UiWait.until(() -> lesson.step().get() == k + 1);
        assertEquals(recorded.get((int) k + 1), lesson.state().get());
        assertEquals(STEPS, bar.timeline().position().newest());
        robot.interact(() -> bar.timeline().show(k));
        UiWait.until(() -> lesson.step().get() == k);

        double rate = lesson.rate().get();
        robot.interact(() -> lesson.rate().set(rate / 2));
        Label hint = robot.from(lesson.view()).lookup("#timelineHint").query();
        UiWait.until(() -> hint.getText().startsWith("New learning rate"));
        robot.clickOn(robot.from(lesson.view()).lookup("#timelineBranch").<Node>query());
        UiWait.until(() -> bar.timeline().position().ghost() != null);
        TimelinePosition position = bar.timeline().position();
        assertEquals(k, position.newest(), "cut back to the shown step");
        assertTrue(position.isLive());
        Trace ghost = position.ghost();
        assertEquals(k, (long) ghost.steps()[0], "the ghost starts at the branch step");
        assertEquals(STEPS, (long) ghost.steps()[ghost.steps().length - 1], "and ends at the old newest step");
        assertEquals(recorded.get((int) k), lesson.state().get(), "branching keeps the shown state");

        robot.clickOn(robot.from(lesson.view()).lookup("#stepButton").<Node>query());
        UiWait.until(() -> lesson.step().get() == k + 1);
        assertNotEquals(recorded.get((int) k + 1), lesson.state().get(), "the new rate made another step");
        assertEquals(k + 1, bar.timeline().position().newest());
        assertNotNull(bar.timeline().position().ghost(), "the ghost stays while the branch goes on");

        robot.clickOn(robot.from(lesson.view()).lookup("#resetButton").<Node>query());
        UiWait.until(() -> lesson.step().get() == 0 && bar.timeline().position().newest() == 0);
        assertNull(bar.timeline().position().ghost(), "Reset clears the ghost");
    }

    @Test
    void descentScrubberShowsTheRecordedSteps(FxRobot robot) {
        dragScrubberAndSeeEachRecordedState(robot, 0);
        Lesson lesson = lesson(robot, 0);
        robot.interact(() -> bar(robot, lesson).timeline().show(3));
        UiWait.until(() -> lesson.step().get() == 3);
        Label w = robot.from(lesson.view()).lookup("#readoutW").query();
        UiWait.until(() -> w.getText().equals(Numbers.format(((DescentState) lesson.state().get()).w(), 8)));
    }

    @Test
    void descentBranchGoesOnFromTheShownStep(FxRobot robot) {
        branchThenStepGoesOnFromTheShownStep(robot, 0);
    }

    @Test
    void descentBranchStepIsOneUpdateAtTheNewRateAndTheGhostIsTheFirstRun(FxRobot robot) {
        Lesson lesson = lesson(robot, 0);
        List<Object> recorded = stepAndRecord(robot, lesson);
        TimelineBar bar = bar(robot, lesson);
        robot.interact(() -> bar.timeline().show(4));
        UiWait.until(() -> lesson.step().get() == 4);
        robot.interact(() -> lesson.rate().set(0.05));
        robot.interact(() -> bar.timeline().branch());
        UiWait.until(() -> bar.timeline().position().ghost() != null);
        Trace ghost = bar.timeline().position().ghost();
        for (int i = 0; i < ghost.steps().length; i++) {
            DescentState first = (DescentState) recorded.get((int) ghost.steps()[i]);
            assertEquals(first.w(), ghost.values()[0][i], "ghost w at " + ghost.steps()[i]);
            assertEquals(first.f(), ghost.values()[1][i], "ghost f at " + ghost.steps()[i]);
        }
        assertEquals(STEPS - 4 + 1, ghost.steps().length);
        robot.interact(() -> window.descent().model().session().step());
        UiWait.until(() -> lesson.step().get() == 5);
        DescentState from = (DescentState) recorded.get(4);
        assertEquals(from.w() - 0.05 * from.grad(), ((DescentState) lesson.state().get()).w(), "one gd step at 0.05");
    }

    @Test
    void networkScrubberShowsTheRecordedSteps(FxRobot robot) {
        dragScrubberAndSeeEachRecordedState(robot, 1);
    }

    @Test
    void networkBranchGoesOnFromTheShownStep(FxRobot robot) {
        branchThenStepGoesOnFromTheShownStep(robot, 1);
    }

    @Test
    void regressionScrubberShowsTheRecordedSteps(FxRobot robot) {
        dragScrubberAndSeeEachRecordedState(robot, 2);
    }

    @Test
    void regressionBranchGoesOnFromTheShownStep(FxRobot robot) {
        branchThenStepGoesOnFromTheShownStep(robot, 2);
    }
}
