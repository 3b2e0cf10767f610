package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.lesson.LessonSession;
import org.gradientlab.app.surface.SurfaceTab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 150 to 200% text, in Descent and Surface, the table of steps and the timeline show every number
 * whole (no "..."), and the lesson is no wider than the window.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextTablesUiTest {

    private static final int[][] WINDOWS = {{1360, 880}, {1024, 700}};
    /** 150, 175 and 200%. */
    private static final int[] SCALE_STEPS = {5, 6, 7};

    private MainWindow window;
    private Stage stage;
    private OpenedWindow opened;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        opened = OpenedWindow.on(stage);
        window = opened.window();
    }

    @AfterEach
    void noUncaughtErrors(FxRobot robot) {
        opened.restore(robot);
    }

    @Test
    void descentShowsWholeNumbers(FxRobot robot) {
        // A rate that makes eight-digit numbers in every column.
        LessonSession<?> session = window.descent().model().session();
        robot.interact(() -> session.learningRateProperty().set(0.0123));
        assertEquals(List.of(), problems(robot, LessonId.DESCENT, session));
    }

    @Test
    void surfaceShowsWholeNumbers(FxRobot robot) {
        List<LessonSession<?>> built = new ArrayList<>();
        robot.interact(() -> built.add(((SurfaceTab) window.lesson(LessonId.SURFACE)).model().session()));
        LessonSession<?> session = built.get(0);
        robot.interact(() -> session.learningRateProperty().set(0.00123));
        assertEquals(List.of(), problems(robot, LessonId.SURFACE, session));
        String status = ((javafx.scene.control.Label) ((Parent) window.lesson(LessonId.SURFACE).view())
                .lookup("#statusLine")).getText();
        assertTrue(status.contains("Paused: each step goes against the gradient"), "stepped, not playing: " + status);
    }

    /** Six steps, an earlier one shown (so Live and Branch from here are enabled, as when a person uses them), at each size. */
    private List<String> problems(FxRobot robot, LessonId lesson, LessonSession<?> session) {
        robot.interact(() -> window.select(lesson));
        for (int i = 0; i < 6; i++) {
            robot.interact(session::step);
        }
        UiWait.until(() -> session.currentStep() == 6);
        Parent view = (Parent) window.lesson(lesson).view();
        TableView<?> table = (TableView<?>) view.lookup("#stepTable");
        javafx.scene.control.Slider slider = (javafx.scene.control.Slider) view.lookup("#timelineSlider");
        Node timeline = slider;
        while (!(timeline instanceof org.gradientlab.app.controls.TimelineBar)) {
            timeline = timeline.getParent();
        }
        Parent bar = (Parent) timeline;
        robot.interact(() -> slider.setValue(3));
        List<String> problems = new ArrayList<>();
        for (int[] size : WINDOWS) {
            for (int step : SCALE_STEPS) {
                robot.interact(() -> {
                    opened.resize(size[0], size[1], step);
                });
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForFxEvents();
                String where = lesson.key() + " " + size[0] + "x" + size[1] + " at step " + step + ": ";
                robot.interact(() -> {
                    Truncation.in(table).forEach(cut -> problems.add(where + cut));
                    Truncation.in(bar).forEach(cut -> problems.add(where + cut));
                    Truncation.in(view.lookup("#statusLine").getParent()).stream()
                            .filter(cut -> cut.startsWith("#statusLine")).forEach(cut -> problems.add(where + cut));
                    Region shownLesson = (Region) window.root().getCenter();
                    Bounds shown = view.localToScene(view.getLayoutBounds());
                    if (shown.getMaxX() > stage.getScene().getWidth() + 0.5) {
                        problems.add(where + "the lesson is " + shown.getMaxX() + " wide in " + shownLesson.getWidth());
                    }
                });
            }
        }
        return problems;
    }
}
