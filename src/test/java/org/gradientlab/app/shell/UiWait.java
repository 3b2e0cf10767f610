package org.gradientlab.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.gradientlab.app.chart.OverlayChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the UI tests share: waiting for the background runner, comparing pictures of a node, checking the charts. */
public final class UiWait {

    private UiWait() {
    }

    /** Waits up to 5 s for the condition (the runner works on its own thread), then for the FX events. */
    public static void until(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A picture of the node as drawn now. */
    public static WritableImage image(FxRobot robot, Node node) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        return image[0];
    }

    /** How many pixels two pictures differ in (over the area both cover). */
    public static long differingPixels(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        long count = 0;
        for (int y = 0; y < (int) Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(a.getWidth(), b.getWidth()); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Every node under the parent, also inside scroll panes, split panes and the open tab. */
    public static void collect(Parent parent, List<Node> into) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            into.add(child);
            if (child instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() instanceof Parent content) {
                collect(content, into);
            } else if (child instanceof javafx.scene.control.SplitPane split) {
                for (Node item : split.getItems()) {
                    into.add(item);
                    if (item instanceof Parent p) {
                        collect(p, into);
                    }
                }
            } else if (child instanceof Parent p) {
                collect(p, into);
            }
        }
        if (parent instanceof javafx.scene.control.TabPane tabs) {
            Node content = tabs.getSelectionModel().getSelectedItem().getContent();
            into.add(content);
            if (content instanceof Parent p) {
                collect(p, into);
            }
        }
    }

    /** Fails unless every chart under the root has finite axis bounds, lower below upper. FX thread only. */
    public static void assertSaneAxes(Parent root, String when) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        for (Node node : nodes) {
            XYPlot plot = null;
            if (node instanceof ChartViewer viewer && viewer.getChart().getPlot() instanceof XYPlot xy) {
                plot = xy;
            } else if (node instanceof OverlayChart chart) {
                plot = chart.plot();
            }
            if (plot != null) {
                for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                    double lower = axis.getLowerBound();
                    double upper = axis.getUpperBound();
                    if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
                        throw new AssertionError("axis '" + axis.getLabel() + "' [" + lower + ", " + upper + "] " + when);
                    }
                }
            }
        }
    }
}
