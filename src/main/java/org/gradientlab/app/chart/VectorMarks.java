package org.gradientlab.app.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import javafx.scene.paint.Color;

/**
 * The light layer's marks drawn with Java2D, for an SVG export: dots, rings, lines, arrows and
 * labels in picture pixels, in the layer's CSS colours. Far-off coordinates are bounded, as on the
 * Canvas, so a runaway value does not write a huge number into the file.
 */
public final class VectorMarks {

    private static final double FAR = 1e5;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 16);

    private final Graphics2D g;

    /** Marks drawn into {@code g}. */
    public VectorMarks(Graphics2D g) {
        this.g = g;
    }

    private static double bounded(double px) {
        return Math.max(-FAR, Math.min(FAR, px));
    }

    private void colour(Color color, double alpha) {
        g.setPaint(new java.awt.Color((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue(),
                (float) (color.getOpacity() * alpha)));
    }

    /** A filled dot of this radius, with an optional ring (null for none). */
    public void dot(double x, double y, double radius, Color fill, double alpha, Color ring) {
        Ellipse2D shape = new Ellipse2D.Double(bounded(x) - radius, bounded(y) - radius, 2 * radius, 2 * radius);
        colour(fill, alpha);
        g.fill(shape);
        if (ring != null) {
            colour(ring, 1);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(shape);
        }
    }

    /** A circle outline of this radius. */
    public void ring(double x, double y, double radius, Color color, double alpha) {
        colour(color, alpha);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Ellipse2D.Double(bounded(x) - radius, bounded(y) - radius, 2 * radius, 2 * radius));
    }

    /** A straight line of this width. */
    public void line(double x0, double y0, double x1, double y1, Color color, double alpha, float width) {
        colour(color, alpha);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(bounded(x0), bounded(y0), bounded(x1), bounded(y1)));
    }

    /** A line through the points, of this width. */
    public void polyline(double[] xs, double[] ys, int count, Color color, float width) {
        if (count < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(bounded(xs[0]), bounded(ys[0]));
        for (int i = 1; i < count; i++) {
            path.lineTo(bounded(xs[i]), bounded(ys[i]));
        }
        colour(color, 1);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    /** A line with an arrow head at (x1, y1). */
    public void arrow(double x0, double y0, double x1, double y1, Color color, float width) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length < 6) {
            return;
        }
        line(x0, y0, x1, y1, color, 1, width);
        double angle = Math.atan2(y1 - y0, x1 - x0);
        double head = Math.min(16, length * 0.6);
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(bounded(x1), bounded(y1));
        tip.lineTo(bounded(x1 - head * Math.cos(angle - 0.4)), bounded(y1 - head * Math.sin(angle - 0.4)));
        tip.lineTo(bounded(x1 - head * Math.cos(angle + 0.4)), bounded(y1 - head * Math.sin(angle + 0.4)));
        tip.closePath();
        g.fill(tip);
    }

    /** The width and height of a label's box: its text with {@code pad} above and below and 6 either side. */
    public double[] labelSize(String text, double pad) {
        java.awt.FontMetrics metrics = g.getFontMetrics(LABEL);
        return new double[] {metrics.stringWidth(text) + 12, metrics.getAscent() + metrics.getDescent() + 2 * pad};
    }

    /** Text centred in a box of this centre and size, on a light rounded box as the layer draws it. */
    public void boxedLabel(String text, double x, double y, double width, double height, Color color, Color background) {
        colour(background, 0.85);
        g.fill(new java.awt.geom.RoundRectangle2D.Double(bounded(x) - width / 2, bounded(y) - height / 2, width, height, 8, 8));
        g.setFont(LABEL);
        java.awt.FontMetrics metrics = g.getFontMetrics();
        colour(color, 1);
        g.drawString(text, (float) (bounded(x) - metrics.stringWidth(text) / 2.0),
                (float) (bounded(y) + (metrics.getAscent() - metrics.getDescent()) / 2.0));
    }

    /** Text centred at (x, y). */
    public void label(String text, double x, double y, Color color) {
        g.setFont(LABEL);
        double width = g.getFontMetrics().stringWidth(text);
        colour(color, 1);
        g.drawString(text, (float) (bounded(x) - width / 2), (float) (bounded(y) + 6));
    }
}
