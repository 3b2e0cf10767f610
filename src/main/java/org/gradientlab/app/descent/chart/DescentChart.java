package org.gradientlab.app.descent.chart;

import org.gradientlab.app.chart.ChartStyle;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.chart.TickFormat;
import org.gradientlab.engine.expr.Expression;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The chart of f(w): the curve, sampled afresh whenever the visible w range changes, and axes that
 * range themselves to the function and the run until the person zooms or pans (a double click
 * gives the automatic view back). The moving parts are drawn by {@link DescentLayer} on top.
 */
public final class DescentChart {

    private static final String SERIES = "f(w)";

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final NumberAxis domainAxis = new NumberAxis("w");
    private final NumberAxis rangeAxis = new NumberAxis("f(w)");
    private final JFreeChart chart;
    private final OverlayChart overlay;
    private Expression function;
    private double autoLower = -5;
    private double autoUpper = 5;
    private double[] extraY = new double[0];
    /** The widest automatic view (JFreeChart's tick units overflow near the largest doubles). */
    private static final double FARTHEST = CurveView.LARGEST;

    public DescentChart() {
        XYPlot plot = new XYPlot(dataset, domainAxis, rangeAxis, renderer);
        // No hit-testing entity per item: the overlay takes the mouse, and each redraw made thousands.
        renderer.setDefaultCreateEntities(false);
        domainAxis.setAutoRange(false);
        rangeAxis.setAutoRange(false);
        domainAxis.setAutoRangeIncludesZero(false);
        rangeAxis.setAutoRangeIncludesZero(false);
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        TickFormat.useFor(domainAxis, rangeAxis);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setAntiAlias(true);
        overlay = new OverlayChart(chart);
        overlay.setId("descentChart");
        overlay.setOnViewChange(this::resample);
        overlay.setOnPaletteChange(this::restyle);
    }

    private void restyle() {
        ChartPalette palette = overlay.palette();
        renderer.setSeriesPaint(0, ChartPalette.awt(palette.curve()));
        renderer.setSeriesStroke(0, palette.awtStroke(3));
        ChartStyle.gridPlot(chart, palette, 17, 14);
    }

    /** The node to put in a layout. */
    public OverlayChart node() {
        return overlay;
    }

    /** A new function with its automatic view over [lower, upper]: the person's zoom is forgotten. */
    public void show(Expression newFunction, double lower, double upper, double... mustShowY) {
        function = newFunction;
        autoLower = lower;
        autoUpper = upper;
        extraY = mustShowY.clone();
        overlay.userViewProperty().set(false);
        fit();
    }

    /** Back to the automatic view. */
    public void fit() {
        if (function == null) {
            return;
        }
        chart.setNotify(false);
        try {
            domainAxis.setRange(autoLower, autoUpper);
            double[][] curve = CurveView.sample(function.evaluator(), autoLower, autoUpper);
            double[] range = CurveView.range(curve[1], extraY);
            rangeAxis.setRange(range[0], range[1]);
            CurveView.clip(curve[1], range[0], range[1]);
            dataset.addSeries(SERIES, curve);
        } finally {
            chart.setNotify(true);
        }
    }

    /**
     * Makes sure the automatic view shows the point (w, f(w)): when the run leaves the view (say it
     * diverges) the view widens to take it in, with a margin, as far as an axis can show (1e300).
     * Leaves a person's own view alone.
     */
    public void follow(double w) {
        if (overlay.userViewProperty().get() || function == null || !Double.isFinite(w)) {
            return;
        }
        double f = function.value(w);
        boolean outside = w < autoLower || w > autoUpper;
        boolean above = Double.isFinite(f) && (f < rangeAxis.getLowerBound() || f > rangeAxis.getUpperBound());
        if (!outside && !above) {
            return;
        }
        if (outside) {
            // A tenth of the new span beyond w (a run played fast may jump by powers of ten between
            // frames); in halves, so the span of a far-diverged run does not overflow.
            double margin = 0.2 * (Math.max(autoUpper, w) / 2 - Math.min(autoLower, w) / 2);
            autoLower = w < autoLower ? Math.max(-FARTHEST, w - margin) : autoLower;
            autoUpper = w > autoUpper ? Math.min(FARTHEST, w + margin) : autoUpper;
        }
        if (Double.isFinite(f)) {
            // The start's f(w0) stays in view, and now the point's too.
            extraY = new double[] {extraY.length > 0 ? extraY[0] : f, f};
        }
        fit();
    }

    private void resample() {
        if (function == null) {
            return;
        }
        double lower = domainAxis.getLowerBound();
        double upper = domainAxis.getUpperBound();
        double[][] curve = CurveView.sample(function.evaluator(), lower, upper);
        CurveView.clip(curve[1], rangeAxis.getLowerBound(), rangeAxis.getUpperBound());
        dataset.addSeries(SERIES, curve);
    }

    /** The function drawn. */
    Expression function() {
        return function;
    }
}
