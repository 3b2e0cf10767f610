package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.lesson.LessonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 200% text, in the default window, every lesson keeps its key controls where a
 * person can get at them: Play, Step, the speed slider and the timeline on screen or in a scroll pane
 * that is on screen; every chart keeps a plot area; a table of steps shows at least three rows; the
 * Network's chain rule shows more than its heading.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextLayoutUiTest {

    private static final int[][] WINDOWS = {{1360, 880}};
    /** 200%. */
    private static final int LARGEST = 7;
    private static final String[] CONTROLS = {"#playButton", "#stepButton", "#speedSlider", "#timelineSlider"};
    /** Fields and buttons that must keep their own width (Regression's Data row squeezed them to "2" and "G..."). */
    private static final String[] UNSQUEEZED = {"#generateSlope", "#generateIntercept", "#generateSeed",
        "#generateButton", "#openCsvButton"};
    /** The least plot height in pixels: room for a few ticks. */
    private static final double LEAST_PLOT = 60;

    private MainWindow window;
    private Stage stage;
    private double width;
    private double height;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        errors.install();
        window = GradientLabApp.open(stage, errors);
        stage.show();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    @AfterEach
    void noUncaughtErrors(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            window.presentation().scaleStepProperty().set(2);
        });
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    @Test
    void everyLessonKeepsItsControlsTablesAndPlotsInReach(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (LessonId id : window.lessonIds()) {
            robot.interact(() -> window.select(id));
            for (int i = 0; i < 4; i++) {
                robot.interact(() -> window.lesson(id).session().step());
            }
            WaitForAsyncUtils.waitForFxEvents();
            for (int[] size : WINDOWS) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    window.presentation().scaleStepProperty().set(LARGEST);
                });
                // The charts draw on the next pulse after the layout: wait for both.
                for (int i = 0; i < 4; i++) {
                    WaitForAsyncUtils.waitForFxEvents();
                }
                String where = id + " at " + size[0] + "x" + size[1] + ": ";
                robot.interact(() -> check(where, problems));
            }
        }
        assertEquals(List.of(), problems);
    }

    private void check(String where, List<String> problems) {
        Parent root = stage.getScene().getRoot();
        Bounds scene = new javafx.geometry.BoundingBox(0, 0, stage.getScene().getWidth(), stage.getScene().getHeight());
        for (String selector : CONTROLS) {
            Node node = root.lookup(selector);
            if (node == null) {
                problems.add(where + selector + " is missing");
            } else if (!reachable(node, scene)) {
                ScrollPane scroll = scrollOf(node);
                problems.add(where + selector + " is out of reach at " + node.localToScene(node.getLayoutBounds())
                        + (scroll == null ? "" : " in a scroll pane at " + scroll.localToScene(scroll.getLayoutBounds())));
            }
        }
        for (String selector : UNSQUEEZED) {
            if (root.lookup(selector) instanceof javafx.scene.layout.Region region && region.isVisible()
                    && region.getWidth() < region.prefWidth(-1) - 0.5) {
                problems.add(where + selector + " is squeezed to " + region.getWidth() + " of " + region.prefWidth(-1));
            }
        }
        List<Node> nodes = new ArrayList<>();
        UiWait.collect(root, nodes);
        for (Node node : nodes) {
            if (node instanceof OverlayChart chart && chart.isVisible() && chart.getScene() != null) {
                double plot = chart.dataArea() == null ? 0 : chart.dataArea().getHeight();
                if (plot < LEAST_PLOT || !reachable(chart, scene)) {
                    problems.add(where + "chart '" + chart.chart().getTitle() + "' has a plot " + plot + " high");
                }
            } else if (node instanceof TableView<?> table && table.isVisible() && table.getScene() != null) {
                long rows = table.lookupAll(".table-row-cell").stream().filter(Node::isVisible)
                        .filter(row -> within(row.localToScene(row.getLayoutBounds()),
                                table.localToScene(table.getLayoutBounds())))
                        .count();
                if (rows < 3 || !reachable(table, scene)) {
                    problems.add(where + "table " + table.getId() + " shows " + rows + " rows of " + table.getItems().size() + " cells " + table.lookupAll(".table-row-cell").size() + " at "
                            + table.localToScene(table.getLayoutBounds()));
                }
            } else if (node.getClass().getSimpleName().equals("ChainRulePanel")
                    && node.getParent() != null && scrollOf(node) != null
                    && scrollOf(node).getViewportBounds().getHeight() < 120) {
                problems.add(where + "the chain rule shows " + scrollOf(node).getViewportBounds().getHeight() + " px");
            }
        }
    }

    /** On screen with some height, or inside a scroll pane that is on screen and shows a few lines. */
    private static boolean reachable(Node node, Bounds scene) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getHeight() < 1) {
            return false;
        }
        ScrollPane scroll = scrollOf(node);
        if (scroll == null) {
            return inside(bounds, scene);
        }
        return reachable(scroll, scene) && scroll.getViewportBounds().getHeight() >= 60;
    }

    private static ScrollPane scrollOf(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    /** Within the outer bounds' height (a row may be wider than its table, which then scrolls sideways). */
    private static boolean within(Bounds inner, Bounds outer) {
        return inner.getMinY() >= outer.getMinY() - 1 && inner.getMaxY() <= outer.getMaxY() + 1;
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getMinY() >= outer.getMinY() - 1 && inner.getMaxY() <= outer.getMaxY() + 1
                && inner.getMinX() >= outer.getMinX() - 1 && inner.getMaxX() <= outer.getMaxX() + 1;
    }
}
