package org.gradientlab.app.deepnet;

import org.gradientlab.engine.mlp.MlpLayout;

/**
 * Where the nodes of a layered network sit on a canvas of a given size, and whether their values
 * fit written inside them: layers in evenly spaced columns, each layer's nodes centred in its
 * column, the radius bounded by both gaps so no two nodes ever touch. Pure.
 */
final class DiagramLayout {

    private final MlpLayout layout;
    private final double left;
    private final double columnGap;
    private final double top;
    private final double rowGap;
    private final double height;
    /** The node radius. */
    final double r;

    /**
     * @param width  the canvas width
     * @param height the canvas height
     * @param top    room kept for the title above the nodes
     * @param scale  the text scale: larger text wants larger nodes, within the gaps
     */
    DiagramLayout(MlpLayout layout, double width, double height, double top, double scale) {
        this.layout = layout;
        int columns = layout.layerCount() + 1;
        int most = 1;
        for (int l = 0; l < columns; l++) {
            most = Math.max(most, layout.size(l));
        }
        this.top = top;
        this.height = Math.max(1, height - top - 10 * scale);
        this.rowGap = this.height / most;
        // At most 0.36 of the gap between columns, that gap being what is left once the outer nodes sit
        // r + 6 from the edges: r <= 0.36 (w - 12s - 2r) / (c - 1).
        double byColumns = 0.36 * (width - 12 * scale) / (columns - 1 + 0.72);
        this.r = Math.max(4, Math.min(Math.min(rowGap * 0.42, byColumns), 46 * scale));
        this.left = r + 6 * scale;
        this.columnGap = columns > 1 ? (width - 2 * left) / (columns - 1) : 0;
    }

    double x(int layer) {
        return left + layer * columnGap;
    }

    double y(int layer, int node) {
        int n = layout.size(layer);
        return top + height / 2 + (node - (n - 1) / 2.0) * rowGap;
    }

    /** The node at a point (layer, node), or null when the point is on none. */
    int[] nodeAt(double px, double py) {
        for (int l = 0; l <= layout.layerCount(); l++) {
            for (int i = 0; i < layout.size(l); i++) {
                double dx = px - x(l);
                double dy = py - y(l, i);
                if (dx * dx + dy * dy <= r * r * 1.2) {
                    return new int[] {l, i};
                }
            }
        }
        return null;
    }

    /**
     * Whether lines of this width and count (text sizes in pixels) fit inside a node: the corners of
     * the block of text (its outer lines' glyphs) lie within the circle.
     */
    boolean fitsInside(double textWidth, int lines, double lineHeight) {
        double halfWidth = textWidth / 2;
        double halfHeight = (lines - 1) * lineHeight / 2 + 0.4 * lineHeight;
        return halfWidth * halfWidth + halfHeight * halfHeight <= r * r;
    }
}
