package org.gradientlab.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.chart.OverlayVectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Something on screen that can be exported as a picture: a chart (PNG and SVG) or a drawing a
 * lesson names with {@link #name(Node, String)} (PNG), such as the network diagram. Found in a
 * lesson's view by the style classes the charts already carry, so the lessons need not list them.
 *
 * @param name    what the menu calls it
 * @param node    the node to snapshot, its light layer included
 * @param chart   the chart for SVG, or null for a picture that is only a PNG
 * @param vectors the light layer as vectors for the SVG, or null
 */
public record Picture(String name, Node node, JFreeChart chart, OverlayVectors vectors) {

    /** Names of the charts that have no title of their own, by id. */
    private static final Map<String, String> NAMES = Map.of(
            "descentChart", "Chart of f(w)",
            "scatterChart", "Data and line",
            "contourChart", "Loss surface",
            "surfaceMap", "Contour map of f(w1, w2)");

    /**
     * The style class of any other node a lesson draws itself (a Canvas picture, say) that is
     * exported as a PNG; its accessible text names it in the menu.
     */
    public static final String CANVAS_PICTURE = "lesson-picture";

    /** The style class of a drawing that is a PNG picture; its name is in the node's properties. */
    private static final String PNG_PICTURE = "png-picture";
    private static final String NAME_KEY = Picture.class.getName() + ".name";

    /** Makes a lesson's drawing (not a chart) a picture of its own for File &gt; Export, named so. */
    public static void name(Node drawing, String name) {
        drawing.getStyleClass().add(PNG_PICTURE);
        drawing.getProperties().put(NAME_KEY, name);
    }

    /** True when the picture can also be an SVG. */
    public boolean hasSvg() {
        return chart != null;
    }

    /** The pictures in a view, in layout order: charts with a light layer, charts over steps, named drawings. */
    public static List<Picture> in(Node view) {
        List<Picture> pictures = new ArrayList<>();
        for (Node node : view.lookupAll(".overlay-chart")) {
            pictures.add(of(node));
        }
        for (Node node : view.lookupAll(".trace-chart")) {
            pictures.add(of(node));
        }
        for (Node node : view.lookupAll("." + PNG_PICTURE)) {
            pictures.add(of(node));
        }
        for (Node node : view.lookupAll("." + CANVAS_PICTURE)) {
            pictures.add(of(node));
        }
        pictures.removeIf(p -> p == null);
        return pictures;
    }

    /** The picture that this node (say, the target of a click) is part of, or null. */
    public static Picture containing(Node target) {
        for (Node node = target; node != null; node = node.getParent()) {
            Picture picture = of(node);
            if (picture != null) {
                return picture;
            }
        }
        return null;
    }

    private static Picture of(Node node) {
        if (node instanceof OverlayChart overlay) {
            OverlayVectors layer = (g, area) -> overlay.painter().paintVectors(g, overlay, area);
            return new Picture(name(overlay.chart(), overlay.getId()), overlay, overlay.chart(), layer);
        }
        if (node instanceof ChartViewer viewer && viewer.getStyleClass().contains("trace-chart")) {
            return new Picture(name(viewer.getChart(), null), viewer, viewer.getChart(), null);
        }
        if (node.getStyleClass().contains(PNG_PICTURE)) {
            return new Picture(String.valueOf(node.getProperties().get(NAME_KEY)), node, null, null);
        }
        if (node.getStyleClass().contains(CANVAS_PICTURE)) {
            String name = node.getAccessibleText();
            return new Picture(name == null || name.isBlank() ? "Picture" : name, node, null, null);
        }
        return null;
    }

    private static String name(JFreeChart chart, String id) {
        if (chart.getTitle() != null && chart.getTitle().getText() != null && !chart.getTitle().getText().isBlank()) {
            return chart.getTitle().getText();
        }
        if (id != null && NAMES.containsKey(id)) {
            return NAMES.get(id);
        }
        String axis = chart.getXYPlot().getRangeAxis().getLabel();
        return axis == null ? "Chart" : "Chart of " + axis.replace(" (log)", "");
    }

    /** A file name made from the picture's name: "Cost over steps" becomes "cost-over-steps". */
    public String fileStem() {
        String stem = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return stem.isEmpty() ? "chart" : stem;
    }
}
