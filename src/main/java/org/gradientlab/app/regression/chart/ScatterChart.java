package org.gradientlab.app.regression.chart;

import java.awt.geom.Ellipse2D;
import org.gradientlab.app.chart.ChartStyle;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.regression.model.RegressionData;
import org.gradientlab.app.chart.TickFormat;
import org.gradientlab.engine.DataSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The data as a scatter plot. Only a bounded sample of the points is drawn (every k-th, at most
 * {@link #MAX_DRAWN}), so a million points redraw as fast as five thousand; the chart redraws only
 * when the data or the view change. The line h(x) moves on the light layer ({@link ScatterLayer}).
 */
public final class ScatterChart {

    /** The most points drawn. */
    public static final int MAX_DRAWN = 5000;
    /** How near (in pixels) a press must be to a point to take it. */
    public static final double HIT_RADIUS = 10;

    private static final String SERIES = "data";

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    private final NumberAxis xAxis = new NumberAxis("x");
    private final NumberAxis yAxis = new NumberAxis("y");
    private final JFreeChart chart;
    private final OverlayChart overlay;
    private RegressionData shown;
    private int[] sample = new int[0];

    public ScatterChart() {
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        TickFormat.useFor(xAxis, yAxis);
        // No hit-testing entity per item: the overlay takes the mouse, and each redraw made thousands.
        renderer.setDefaultCreateEntities(false);
        for (NumberAxis axis : new NumberAxis[] {xAxis, yAxis}) {
            axis.setAutoRange(false);
        }
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setAntiAlias(true);
        overlay = new OverlayChart(chart);
        overlay.setId("scatterChart");
        overlay.setOnPaletteChange(this::restyle);
    }

    private void restyle() {
        ChartPalette palette = overlay.palette();
        renderer.setSeriesPaint(0, ChartPalette.awt(palette.curve().deriveColor(0, 1, 1, 0.8)));
        ChartStyle.gridPlot(chart, palette, 16, 13);
    }

    /** The node to put in a layout. */
    public OverlayChart node() {
        return overlay;
    }

    /**
     * Draws these points if they are not the ones drawn. A new data set (not an edit of the shown
     * one) brings the automatic view back; an edit keeps the view, so a dragged point stays under the mouse.
     */
    public void show(RegressionData data, boolean newData) {
        if (data == shown) {
            return;
        }
        shown = data;
        sample = evenSample(data.size(), MAX_DRAWN);
        DataSet points = data.data();
        double[][] xy = new double[2][sample.length];
        for (int k = 0; k < sample.length; k++) {
            xy[0][k] = points.x()[sample[k]];
            xy[1][k] = points.y()[sample[k]];
        }
        double size = overlay.palette().line(data.size() <= 200 ? 10 : data.size() <= 2000 ? 6 : 4);
        chart.setNotify(false);
        try {
            renderer.setSeriesShape(0, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
            dataset.addSeries(SERIES, xy);
            if (newData || !overlay.userViewProperty().get()) {
                fit();
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** The automatic view: every point, with a margin. */
    public void fit() {
        if (shown == null) {
            return;
        }
        DataSet points = shown.data();
        chart.setNotify(false);
        try {
            xAxis.setRange(padded(points.x()));
            yAxis.setRange(padded(points.y()));
        } finally {
            chart.setNotify(true);
        }
    }

    private static org.jfree.data.Range padded(double[] values) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        double margin = high > low ? 0.1 * (high - low) : 1 + 0.1 * Math.abs(low);
        return new org.jfree.data.Range(low - margin, high + margin);
    }

    /** Indices 0..n-1 if n is at most max, else max of them evenly spread: floor(k*n/max). */
    static int[] evenSample(int n, int max) {
        int count = Math.min(n, max);
        int[] indices = new int[count];
        for (int k = 0; k < count; k++) {
            indices[k] = (int) ((long) k * n / count);
        }
        return indices;
    }

    /** The drawn data. */
    public RegressionData shown() {
        return shown;
    }

    /** How many points are drawn. */
    public int drawnCount() {
        return sample.length;
    }

    /** The index of the drawn point nearest to the data point (x, y) within {@link #HIT_RADIUS} pixels, or -1. */
    public int pointNear(double x, double y) {
        if (shown == null || overlay.dataArea() == null) {
            return -1;
        }
        double px = overlay.toScreenX(x);
        double py = overlay.toScreenY(y);
        DataSet points = shown.data();
        int nearest = -1;
        double best = HIT_RADIUS * HIT_RADIUS;
        for (int j : sample) {
            double dx = overlay.toScreenX(points.x()[j]) - px;
            double dy = overlay.toScreenY(points.y()[j]) - py;
            double d2 = dx * dx + dy * dy;
            if (d2 <= best) {
                best = d2;
                nearest = j;
            }
        }
        return nearest;
    }
}
