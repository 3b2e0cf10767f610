package org.gradientlab.app.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.gradientlab.app.look.ChartPalette;

/**
 * Where the network diagram's nodes and texts go, worked out from the measured size of every text
 * and the room there is. The texts are placed around their nodes (z and a inside, delta above, the
 * bias, its gradient and a saturation warning below, each weight's texts by its edge); the columns
 * are spaced so that no two texts meet, and when that is wider or taller than the diagram the whole
 * picture is drawn smaller ({@link #fit}). Room is kept for every text a phase can show, so the
 * picture does not move between phases.
 */
final class DiagramLayout {

    /** Which shape a text must lie inside. */
    static final int NONE = -1;
    static final int INPUT = 0;
    static final int HIDDEN = 1;
    static final int OUTPUT = 2;
    static final int COST = 3;
    /** A floor for degenerate sizes only: above it the picture always fits, however small that makes it. */
    private static final double SMALLEST_FIT = 0.05;

    /** One text: centred at (x, y), width by height, inside shape {@code inside}; hidden texts only keep their room. */
    record Label(String text, Font font, Color color, double x, double y, double width, double height, int inside,
                 boolean shown) {

        double left() {
            return x - width / 2;
        }

        double right() {
            return x + width / 2;
        }

        double top() {
            return y - height / 2;
        }

        double bottom() {
            return y + height / 2;
        }

        boolean intersects(Label other) {
            return left() < other.right() && other.left() < right() && top() < other.bottom() && other.top() < bottom();
        }
    }

    /** The centres of the input, the two neurons and the cost box, left to right. */
    final double[] x;
    final double cy;
    /** The input's radius, the neurons' radius, the cost box's size. */
    final double inputRadius;
    final double radius;
    final double boxWidth;
    final double boxHeight;
    /** The outline width of a lit shape: texts inside keep clear of it. */
    final double outline;
    /** The scale the picture is drawn at, 1 when everything fits at the text size chosen. */
    final double fit;
    final List<Label> labels;
    /** The diagram's size laid out for. */
    final double width;
    final double height;

    private DiagramLayout(double w, double h, double[] x, double cy, DiagramColumns columns, double fit, List<Label> labels) {
        this.width = w;
        this.height = h;
        this.x = x;
        this.cy = cy;
        this.inputRadius = columns.inputRadius;
        this.radius = columns.radius;
        this.boxWidth = columns.boxWidth;
        this.boxHeight = columns.boxHeight;
        this.outline = columns.outline;
        this.fit = fit;
        this.labels = labels;
    }

    /**
     * Lays the texts out in a w by h diagram.
     *
     * @param reserve the widest each text slot has been (in em of its font), kept so numbers that
     *                change while playing do not make the picture jump; widened here as needed
     */
    static DiagramLayout of(DiagramTexts texts, double w, double h, ChartPalette palette, Map<String, Double> reserve) {
        double fit = 1;
        DiagramColumns columns = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            columns = new DiagramColumns(texts, palette, fit, reserve);
            double over = Math.max(columns.width / w, columns.height / h);
            if (over <= 1 || fit <= SMALLEST_FIT) {
                break;
            }
            fit = Math.max(SMALLEST_FIT, fit / over * 0.995);
        }
        return place(columns, w, h, fit);
    }

    /** Spreads the columns over the width (the room left over goes to the edges) and centres them in the height. */
    private static DiagramLayout place(DiagramColumns c, double w, double h, double fit) {
        double[] anchors = c.anchors.clone();
        double spare = Math.max(0, w - c.width);
        // Three node-to-node spaces share the spare room; each edge's texts then sit at its middle where they may.
        int[] nodes = DiagramColumns.NODE_GROUPS;
        for (int k = 1; k < nodes.length; k++) {
            for (int g = nodes[k]; g < anchors.length; g++) {
                anchors[g] += spare / (nodes.length - 1);
            }
        }
        for (int k = 1; k < nodes.length; k++) {
            int edge = nodes[k] - 1;
            if (edge > nodes[k - 1]) {
                anchors[edge] = c.centred(anchors, edge, (anchors[nodes[k - 1]] + anchors[nodes[k]]) / 2);
            }
        }
        double titleBottom = c.titleHeight;
        double room = h - titleBottom;
        double cy = titleBottom + Math.max(0, (room - c.contentHeight) / 2) - c.contentTop;
        List<Label> labels = new ArrayList<>();
        labels.add(c.title(w));
        c.caption(w).ifPresent(labels::add);
        for (int g = 0; g < anchors.length; g++) {
            for (DiagramColumns.Slot slot : c.groups.get(g)) {
                labels.add(new Label(slot.text(), slot.font(), slot.color(), anchors[g], cy + slot.dy(), slot.width(),
                        slot.height(), slot.inside(), slot.shown()));
            }
        }
        double[] x = {anchors[nodes[0]], anchors[nodes[1]], anchors[nodes[2]], anchors[nodes[3]]};
        return new DiagramLayout(w, h, x, cy, c, fit, List.copyOf(labels));
    }

    /** The labels shown. */
    List<Label> shownLabels() {
        return labels.stream().filter(Label::shown).toList();
    }

    /** Measures texts: one Text node reused. */
    static final class Measure {
        private final Text text = new Text();

        double width(String s, Font font) {
            text.setFont(font);
            text.setText(s);
            return text.getLayoutBounds().getWidth();
        }

        double height(Font font) {
            text.setFont(font);
            text.setText("Ag");
            return text.getLayoutBounds().getHeight();
        }
    }

    /** The three fonts at a scale. */
    record Fonts(Font value, Font small, Font title) {
        static Fonts of(ChartPalette palette, double fit) {
            return new Fonts(palette.font("Monospaced", FontWeight.BOLD, 17 * fit),
                    palette.font("Monospaced", FontWeight.NORMAL, 15 * fit),
                    palette.font("System", FontWeight.BOLD, 19 * fit));
        }
    }
}
