package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.lesson.LessonId;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 200% text, in the default window and in a small one (1024x700), every lesson keeps every control
 * where a person can get at it: each button, field, box and slider (Play, Step, the speed slider and the
 * timeline among them) on screen or in a scroll pane that can scroll to it, never past the window's
 * right edge, with its words whole (no "…"; Regression's Data row once squeezed its fields to "2"
 * and its buttons to "G…"); every chart keeps a plot area and its whole title; a table of
 * steps shows at least three rows; the Network's chain rule shows more than its heading.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextLayoutUiTest {

    private static final int[][] WINDOWS = {{1360, 880}, {1024, 700}};
    /** 200%. */
    private static final int LARGEST = 7;
    private static final String[] CONTROLS = {"#playButton", "#stepButton", "#speedSlider", "#timelineSlider"};
    /** Fields and buttons that must keep their own width (Regression's Data row squeezed them to "2" and "G..."). */
    private static final String[] UNSQUEEZED = {"#generateSlope", "#generateIntercept", "#generateSeed",
        "#generateButton", "#openCsvButton"};
    /** Chart titles and the names of fields and groups: shown whole (a status line or a hint may be cut). */
    private static final List<String> TITLES = List.of("chart-title", "control-title", "function-label", "form-label");
    /** The least plot height in pixels: room for a few ticks. */
    private static final double LEAST_PLOT = 60;

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
                    opened.resize(size[0], size[1], LARGEST);
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
            }
        }
        for (String selector : UNSQUEEZED) {
            if (root.lookup(selector) instanceof Region region && region.isVisible() && LayoutReach.squeezed(region)) {
                problems.add(where + selector + " is squeezed to " + region.getWidth() + " of " + region.prefWidth(-1));
            }
        }
        List<Node> collected = new ArrayList<>();
        UiWait.collect(root, collected);
        // The open tab's content is met twice, as a child and as the tab's content (nodes are equal by identity).
        Set<Node> nodes = new LinkedHashSet<>(collected);
        for (Node node : nodes) {
            if (!LayoutReach.shown(node)) {
                continue;
            }
            if (LayoutReach.isControl(node)) {
                checkControl(where, node, scene, problems);
            } else if (node instanceof Labeled title && TITLES.stream().anyMatch(title.getStyleClass()::contains)
                    && LayoutReach.cut(title) != null) {
                problems.add(where + "title '" + title.getText() + "' is cut to " + LayoutReach.cut(title));
            } else if (node instanceof OverlayChart chart) {
                double plot = chart.dataArea() == null ? 0 : chart.dataArea().getHeight();
                if (plot < LEAST_PLOT || !LayoutReach.reachable(chart, scene)) {
                    problems.add(where + "chart '" + chart.chart().getTitle() + "' has a plot " + plot + " high");
                }
                titleFits(where, chart.chart(), chart.getWidth(), problems);
            } else if (node instanceof ChartViewer viewer) {
                ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
                double plot = info == null ? 0 : info.getPlotInfo().getDataArea().getHeight();
                if (plot < LEAST_PLOT || !LayoutReach.reachable(viewer, scene)) {
                    problems.add(where + "chart '" + viewer.getChart().getTitle() + "' has a plot " + plot + " high");
                }
                titleFits(where, viewer.getChart(), viewer.getWidth(), problems);
            } else if (node instanceof TableView<?> table) {
                long rows = table.lookupAll(".table-row-cell").stream().filter(Node::isVisible)
                        .filter(row -> within(row.localToScene(row.getLayoutBounds()),
                                table.localToScene(table.getLayoutBounds())))
                        .count();
                if (rows < 3 || !LayoutReach.reachable(table, scene)) {
                    problems.add(where + "table " + table.getId() + " shows " + rows + " rows at "
                            + table.localToScene(table.getLayoutBounds()));
                }
            } else if (node.getClass().getSimpleName().equals("ChainRulePanel")
                    && LayoutReach.scrollOf(node) != null
                    && LayoutReach.scrollOf(node).getViewportBounds().getHeight() < 120) {
                problems.add(where + "the chain rule shows " + LayoutReach.scrollOf(node).getViewportBounds().getHeight() + " px");
            }
        }
    }

    /** Every button, field, box and slider: in reach (not off the window's edge) and its words whole. */
    private static void checkControl(String where, Node node, Bounds scene, List<String> problems) {
        String name = node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId())
                + (node instanceof Labeled labeled && labeled.getText() != null ? " '" + labeled.getText() + "'" : "");
        if (!LayoutReach.reachable(node, scene)) {
            ScrollPane scroll = LayoutReach.scrollOf(node);
            problems.add(where + name + " is out of reach at " + node.localToScene(node.getLayoutBounds())
                    + (scroll == null ? "" : " in a scroll pane at " + scroll.localToScene(scroll.getLayoutBounds())));
        } else if (LayoutReach.cutWords(node) != null) {
            problems.add(where + name + " shows only " + LayoutReach.cutWords(node));
        }
    }

    private static void titleFits(String where, JFreeChart chart, double width, List<String> problems) {
        String misfit = LayoutReach.titleMisfit(chart, width);
        if (misfit != null) {
            problems.add(where + "chart title '" + chart.getTitle().getText() + "': " + misfit);
        }
    }

    /** Within the outer bounds' height (a row may be wider than its table, which then scrolls sideways). */
    private static boolean within(Bounds inner, Bounds outer) {
        return inner.getMinY() >= outer.getMinY() - 1 && inner.getMaxY() <= outer.getMaxY() + 1;
    }
}
