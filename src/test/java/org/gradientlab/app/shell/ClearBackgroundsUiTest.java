package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.app.lesson.LessonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No large container in any lesson paints a fully transparent background: the software renderer
 * fills one pixel by pixel over every changed part of the charts inside it, each frame (AtlantaFX
 * gives split and scroll panes one; dropping them took the Surface render thread from 7.4 to 2.6
 * ms a frame in the probe). A container that must look see-through has no background at all.
 */
@ExtendWith(ApplicationExtension.class)
class ClearBackgroundsUiTest {

    /** Regions smaller than this on both sides (buttons, fields) cost little: the rule is about containers. */
    private static final double LARGE = 200;

    private MainWindow window;
    private OpenedWindow opened;

    @Start
    void start(Stage stage) {
        opened = OpenedWindow.on(stage);
        window = opened.window();
    }

    @AfterEach
    void restore(FxRobot robot) {
        opened.restore(robot);
    }

    @Test
    void noLargeContainerFillsItsBackgroundWithNothing(FxRobot robot) {
        List<String> found = new ArrayList<>();
        int[] splitPanes = {0};
        for (LessonId id : window.lessonIds()) {
            robot.interact(() -> window.select(id));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> visit(window.lesson(id).view().getScene().getRoot(), id, found, splitPanes));
        }
        assertTrue(splitPanes[0] > 0, "no split pane was looked at");
        assertEquals(List.of(), found);
    }

    private static void visit(Node node, LessonId lesson, List<String> found, int[] splitPanes) {
        if (node instanceof SplitPane) {
            splitPanes[0]++;
        }
        if (node instanceof Region region && region.getBackground() != null
                && region.getWidth() > LARGE && region.getHeight() > LARGE) {
            for (BackgroundFill fill : region.getBackground().getFills()) {
                if (fill.getFill() instanceof Color colour && colour.getOpacity() == 0) {
                    found.add(lesson + ": " + region.getClass().getSimpleName() + " " + region.getStyleClass()
                            + " " + Math.round(region.getWidth()) + "x" + Math.round(region.getHeight()));
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, lesson, found, splitPanes);
            }
        }
    }
}
