package org.gradientlab.app.regression.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.gradientlab.app.chart.FrameKey;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.chart.OverlayVectors;
import org.gradientlab.app.chart.VectorMarks;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.regression.model.RegressionSnapshot;
import org.gradientlab.engine.DataSet;

/**
 * The light layer over the scatter plot: the current line h(x) = w0 + w1*x (in the data's own x
 * units, also when x is scaled for training), the residuals y - h(x) of a small data set, the
 * line's equation, and a note when only a sample of the points is drawn.
 */
public final class ScatterLayer implements OverlayChart.Painter {

    /** Residuals are drawn for data sets up to this size. */
    static final int MAX_RESIDUALS = 200;

    private final ScatterChart scatter;
    private RegressionSnapshot snapshot;

    public ScatterLayer(ScatterChart scatter) {
        this.scatter = scatter;
    }

    public void show(RegressionSnapshot next) {
        snapshot = next;
    }

    @Override
    public void paintVectors(Graphics2D g, OverlayChart chart, OverlayVectors.PlotArea area) {
        RegressionVectors.scatter(new VectorMarks(g), area, chart.palette(), snapshot);
    }

    @Override
    public boolean paint(GraphicsContext g, OverlayChart chart, long now) {
        if (snapshot == null) {
            return false;
        }
        ChartPalette palette = chart.palette();
        double w0 = snapshot.lineW0();
        double w1 = snapshot.lineW1();
        ChartLabels.clipToPlot(g, chart);
        if (Double.isFinite(w0) && Double.isFinite(w1)) {
            drawResiduals(g, chart, palette, w0, w1);
            drawLine(g, chart, palette, w0, w1);
        }
        g.restore();
        Rectangle2D area = chart.dataArea();
        ChartLabels.label(g, chart, ChartLabels.BOLD, palette.point(),
                equation(w0, w1),
                area.getMinX() + 10, area.getMinY() + 8, false);
        int total = scatter.shown() == null ? 0 : scatter.shown().size();
        if (scatter.drawnCount() < total) {
            ChartLabels.label(g, chart, ChartLabels.SMALL, palette.text(), String.format(java.util.Locale.ROOT,
                    "showing %,d of %,d points (evenly chosen)", scatter.drawnCount(), total),
                    area.getMaxX() - 10, area.getMaxY() - palette.size(26), true);
        }
        return false;
    }

    /** The picture's fingerprint: the data shown, the line at both edges, the texts and colours. */
    @Override
    public Object frameKey(OverlayChart chart) {
        if (snapshot == null) {
            return null;
        }
        Rectangle2D area = chart.dataArea();
        double w0 = snapshot.lineW0();
        double w1 = snapshot.lineW1();
        double left = chart.toDataX(area.getMinX());
        double right = chart.toDataX(area.getMaxX());
        ChartPalette palette = chart.palette();
        FrameKey key = new FrameKey(chart).value(System.identityHashCode(snapshot.setup().data().data()))
                .value(snapshot.setup().data().data().size())
                .value(scatter.shown() == null ? 0 : scatter.shown().size()).value(scatter.drawnCount())
                .point(left, w0 + w1 * left).point(right, w0 + w1 * right).value(equation(w0, w1))
                .value(palette.point()).value(palette.tangent()).value(palette.text());
        // The segment drawn: two steep lines far off the plot can share end points yet cross it apart.
        double[] segment = clip(area, chart.toScreenY(w0 + w1 * left), chart.toScreenY(w0 + w1 * right));
        if (segment != null) {
            key.pixel(segment[0]).pixel(segment[1]).pixel(segment[2]).pixel(segment[3]);
        }
        return key;
    }

    /** "h(x) = 1.06 + 1.88·x", "h(x) = 3 − 2·x". */
    static String equation(double w0, double w1) {
        String slope = Numbers.format(Math.abs(w1), 4);
        return "h(x) = " + Numbers.format(w0, 4) + (w1 < 0 ? " − " : " + ") + slope + "·x";
    }

    private void drawResiduals(GraphicsContext g, OverlayChart chart, ChartPalette palette, double w0, double w1) {
        DataSet data = snapshot.setup().data().data();
        if (data.size() > MAX_RESIDUALS) {
            return;
        }
        g.setStroke(palette.tangent().deriveColor(0, 1, 1, 0.55));
        g.setLineWidth(palette.line(1.5));
        for (int j = 0; j < data.size(); j++) {
            double x = data.x()[j];
            double px = chart.toScreenX(x);
            g.strokeLine(px, chart.toScreenY(data.y()[j]), px, chart.toScreenY(w0 + w1 * x));
        }
    }

    private static void drawLine(GraphicsContext g, OverlayChart chart, ChartPalette palette, double w0, double w1) {
        Rectangle2D area = chart.dataArea();
        double left = chart.toDataX(area.getMinX());
        double right = chart.toDataX(area.getMaxX());
        Color line = palette.point();
        g.setStroke(line);
        g.setLineWidth(palette.line(3.5));
        g.setLineCap(StrokeLineCap.ROUND);
        double[] segment = clip(area, chart.toScreenY(w0 + w1 * left), chart.toScreenY(w0 + w1 * right));
        if (segment != null) {
            g.strokeLine(segment[0], segment[1], segment[2], segment[3]);
        }
    }

    /**
     * The part of the line from the plot's left edge (at height yLeft) to its right edge (yRight)
     * that lies within a little of the plot, or null: far-off pixel coordinates are not handed to the canvas.
     */
    static double[] clip(Rectangle2D area, double yLeft, double yRight) {
        double top = area.getMinY() - 10;
        double bottom = area.getMaxY() + 10;
        double t0 = 0;
        double t1 = 1;
        double dy = yRight - yLeft;
        if (dy == 0) {
            if (yLeft < top || yLeft > bottom) {
                return null;
            }
        } else {
            double tTop = (top - yLeft) / dy;
            double tBottom = (bottom - yLeft) / dy;
            t0 = Math.max(t0, Math.min(tTop, tBottom));
            t1 = Math.min(t1, Math.max(tTop, tBottom));
            if (!(t0 <= t1)) {
                return null;
            }
        }
        double x0 = area.getMinX();
        double width = area.getWidth();
        return new double[] {x0 + t0 * width, yLeft + t0 * dy, x0 + t1 * width, yLeft + t1 * dy};
    }
}
