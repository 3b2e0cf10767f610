package org.gradientlab.app.explore;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.List;
import javafx.scene.paint.Color;
import org.gradientlab.app.chart.TickFormat;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.engine.sweep.RateOutcome;
import org.gradientlab.engine.sweep.RateRegion;
import org.gradientlab.engine.sweep.SweepResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A learning-rate sweep's chart: the final loss (left axis) and the steps taken (right axis)
 * against the learning rate on a log axis, over bands that name each region, and a line at the
 * lesson's own rate. Each lesson names its loss and its steps. FX thread only.
 */
public final class SweepChart {

    private final XYSeries finalLoss;
    private final XYSeries steps;
    private final LogAxis rateAxis = new LogAxis("learning rate η");
    private final NumberAxis lossAxis;
    private final NumberAxis stepsAxis;
    private final XYLineAndShapeRenderer lossRenderer = new XYLineAndShapeRenderer(true, true);
    private final XYLineAndShapeRenderer stepsRenderer = new XYLineAndShapeRenderer(true, false);
    private final ExploreChart node;
    private SweepResult shown;
    private org.jfree.chart.plot.ValueMarker lessonRate;
    private final java.util.List<IntervalMarker> bands = new java.util.ArrayList<>();

    /**
     * @param lossName  the final loss as the lesson calls it, as "final f(w)"
     * @param stepsName the steps, as "steps taken"
     */
    public SweepChart(String lossName, String stepsName) {
        finalLoss = new XYSeries(lossName, false, true);
        steps = new XYSeries(stepsName + " (right axis)", false, true);
        lossAxis = new NumberAxis(lossName);
        stepsAxis = new NumberAxis(stepsName);
        XYPlot plot = new XYPlot(new XYSeriesCollection(finalLoss), rateAxis, lossAxis, lossRenderer);
        plot.setDataset(1, new XYSeriesCollection(steps));
        plot.setRangeAxis(1, stepsAxis);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, stepsRenderer);
        lossRenderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        lossRenderer.setSeriesStroke(0, new BasicStroke(2f));
        stepsRenderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        rateAxis.setRange(1e-4, 10);
        rateAxis.setBase(10);
        rateAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        rateAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));
        lossAxis.setAutoRangeIncludesZero(false);
        TickFormat.useFor(lossAxis, stepsAxis);
        TickFormat.roomForTheLastTick(plot, 13);
        Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        for (org.jfree.chart.axis.ValueAxis axis : List.of(rateAxis, lossAxis, stepsAxis)) {
            axis.setLabelFont(labelFont);
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setAntiAlias(true);
        node = new ExploreChart(chart);
        node.setId("sweepChart");
        node.setOnPaletteChange(this::restyle);
    }

    private void restyle() {
        ChartPalette palette = node.palette();
        XYPlot plot = node.plot();
        lossRenderer.setSeriesPaint(0, ChartPalette.awt(palette.curve()));
        stepsRenderer.setSeriesPaint(0, ChartPalette.awt(palette.tangent()));
        plot.setBackgroundPaint(ChartPalette.awt(palette.background()));
        node.chart().setBackgroundPaint(ChartPalette.awt(palette.background()));
        plot.setDomainGridlinePaint(ChartPalette.awt(palette.grid()));
        plot.setRangeGridlinePaint(ChartPalette.awt(palette.grid()));
        if (shown != null) {
            showRegions(shown);
        }
    }

    /** Shows a sweep's runs; rates that diverged have no finite loss worth drawing and leave a gap. */
    public void show(SweepResult result) {
        shown = result;
        node.chart().setNotify(false);
        try {
            finalLoss.clear();
            steps.clear();
            double lowest = Double.POSITIVE_INFINITY;
            double startLoss = result.sweep().startLoss();
            for (RateOutcome outcome : result.outcomes()) {
                boolean drawn = outcome.region() != RateRegion.DIVERGING && Double.isFinite(outcome.loss());
                finalLoss.add(outcome.learningRate(), drawn ? outcome.loss() : null, false);
                steps.add(outcome.learningRate(), outcome.steps(), false);
                if (drawn) {
                    lowest = Math.min(lowest, outcome.loss());
                }
            }
            finalLoss.fireSeriesChanged();
            steps.fireSeriesChanged();
            rateAxis.setRange(result.sweep().minRate(), result.sweep().maxRate());
            double[] range = lossRange(startLoss, lowest);
            lossAxis.setRange(range[0], range[1]);
            stepsAxis.setRange(0, result.sweep().maxSteps() * 1.05);
            showRegions(result);
        } finally {
            node.chart().setNotify(true);
        }
    }

    /**
     * The final-loss axis: from the lowest final loss up to the loss at the start (rates that end
     * higher than they began are off the top), with a margin; one unit below the start when no
     * rate ended finite; [-1, 1] when the start's loss is not finite either, as where f is
     * undefined (JFreeChart cannot draw a non-finite range).
     */
    static double[] lossRange(double startLoss, double lowest) {
        double top = Double.isFinite(startLoss) ? startLoss : lowest + 1;
        double bottom = Double.isFinite(lowest) ? Math.min(lowest, top) : top - 1;
        double margin = Math.max(1e-9 * Math.max(1, Math.abs(top)), 0.06 * (top - bottom));
        double lower = bottom - margin;
        double upper = top + margin;
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            return new double[] {-1, 1};
        }
        return new double[] {lower, upper};
    }

    private void showRegions(SweepResult result) {
        XYPlot plot = node.plot();
        // Only the bands: clearDomainMarkers() would take the lesson's rate marker too.
        for (IntervalMarker band : bands) {
            plot.removeDomainMarker(band, Layer.BACKGROUND);
        }
        bands.clear();
        for (SweepResult.Span span : result.spans()) {
            IntervalMarker band = new IntervalMarker(span.fromRate(), span.toRate());
            band.setPaint(ChartPalette.awt(withAlpha(colourOf(span.region()), 0.22)));
            // A label on every sliver of a chaotic stretch would be unreadable: only bands of a quarter decade or more.
            if (Math.log10(span.toRate() / span.fromRate()) >= 0.25) {
                band.setLabel(span.region().label());
            }
            band.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            band.setLabelPaint(ChartPalette.awt(node.palette().text()));
            band.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
            band.setLabelAnchor(RectangleAnchor.TOP);
            band.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(band, Layer.BACKGROUND);
            bands.add(band);
        }
    }

    /** Marks the lesson's learning rate, so a click on a point visibly moves it there. */
    public void showLessonRate(double rate) {
        XYPlot plot = node.plot();
        if (lessonRate != null) {
            plot.removeDomainMarker(lessonRate, Layer.FOREGROUND);
        }
        lessonRate = new org.jfree.chart.plot.ValueMarker(rate, ChartPalette.awt(node.palette().point()), new BasicStroke(2f));
        lessonRate.setLabel("lesson η");
        lessonRate.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        lessonRate.setLabelPaint(ChartPalette.awt(node.palette().point()));
        lessonRate.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
        lessonRate.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        lessonRate.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(lessonRate, Layer.FOREGROUND);
    }

    /** The colour of a region's band: the lesson's own colours, from CSS. */
    public Color colourOf(RateRegion region) {
        ChartPalette palette = node.palette();
        return switch (region) {
            case TOO_SMALL -> palette.grid().darker();
            case GOOD -> palette.positive();
            case OSCILLATING -> palette.tangent();
            case DIVERGING -> palette.negative();
        };
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    public ExploreChart node() {
        return node;
    }

    /** The rate the lesson line marks, NaN before the first. */
    public double lessonRate() {
        return lessonRate == null ? Double.NaN : lessonRate.getValue();
    }

    /** The result shown, or null. */
    public SweepResult shown() {
        return shown;
    }
}
