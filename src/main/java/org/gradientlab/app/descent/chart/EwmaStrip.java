package org.gradientlab.app.descent.chart;

import org.gradientlab.app.chart.TickFormat;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gradientlab.app.descent.model.EwmaWindow;
import org.gradientlab.app.explore.ExploreChart;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.engine.optim.EwmaWeights;
import org.gradientlab.engine.optim.OptimizerKind;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * "Momentum as an EWMA": the newest gradients with their EWMA (and Adam's bias-corrected value)
 * over the last updates, and beside it the weight beta^k(1-beta) each past gradient gets, with the
 * effective window 1/(1-beta) shaded in both. Shows the engine's recorded values as they are; it
 * computes no EWMA. Redraws at most every {@link #MIN_REDRAW_NANOS}, coalescing snapshots.
 */
public final class EwmaStrip extends VBox {

    /** As often as the lesson's trace charts: a redraw repaints a whole chart. */
    static final long MIN_REDRAW_NANOS = 100_000_000L;

    private final Label title = new Label();
    private final DefaultXYDataset strip = new DefaultXYDataset();
    private final XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    private final ExploreChart stripChart;
    private final EwmaWeightsChart weightsChart = new EwmaWeightsChart();
    private final IntervalMarker recentWindow = new IntervalMarker(0, 0);
    private final ValueMarker currentStep = new ValueMarker(0);
    private EwmaWindow pending;
    private OptimizerKind shownKind = OptimizerKind.GD;
    private double shownBeta = Double.NaN;
    private long lastDraw;

    public EwmaStrip() {
        getStyleClass().add("ewma-strip");
        setId("ewmaStrip");
        title.getStyleClass().add("control-title");
        title.setWrapText(true);
        title.setTooltip(new Tooltip("Momentum's v (Adam's m) is an exponentially weighted moving average of the "
                + "gradients: the gradient k updates ago counts with weight β^k(1−β)"));
        stripChart = new ExploreChart(stripChart());
        stripChart.setId("ewmaChart");
        stripChart.setOnPaletteChange(this::restyle);
        HBox.setHgrow(stripChart, Priority.ALWAYS);
        stripChart.setPrefWidth(360);
        // Small minimums: the table beside the strip keeps the split's divider where it is put.
        stripChart.setMinWidth(160);
        setMinWidth(290);
        HBox charts = new HBox(4, stripChart, weightsChart.node());
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(title, charts);
        setMinHeight(140);
        // Hidden until a momentum or Adam snapshot comes, so that its coming is a change the view hears.
        setVisible(false);
        FrameTimer.whileShowing(this, this::drawIfDue);
    }

    private JFreeChart stripChart() {
        NumberAxis steps = new NumberAxis("update t");
        steps.setAutoRangeIncludesZero(false);
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis values = new NumberAxis();
        values.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(strip, steps, values, lines);
        lines.setDefaultCreateEntities(false);
        lines.setSeriesShapesVisible(0, true);
        lines.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        lines.setSeriesStroke(0, new BasicStroke(1f));
        lines.setSeriesStroke(1, new BasicStroke(2.5f));
        lines.setSeriesStroke(2, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        plot.addDomainMarker(recentWindow, org.jfree.chart.ui.Layer.BACKGROUND);
        plot.addDomainMarker(currentStep);
        return chart(plot, true);
    }

    /** A chart without a title, in the strip's small fonts. */
    static JFreeChart chart(XYPlot plot, boolean legend) {
        for (NumberAxis axis : new NumberAxis[] {(NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis()}) {
            axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            TickFormat.useFor(axis);
        }
        TickFormat.roomForTheLastTick(plot, 11);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        LegendTitle key = chart.getLegend();
        if (key != null) {
            key.setPosition(RectangleEdge.TOP);
            key.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        }
        return chart;
    }

    private void restyle() {
        ChartPalette palette = stripChart.palette();
        lines.setSeriesPaint(0, ChartPalette.awt(palette.tangent()));
        lines.setSeriesPaint(1, ChartPalette.awt(palette.positive()));
        lines.setSeriesPaint(2, ChartPalette.awt(palette.point()));
        recentWindow.setPaint(ChartPalette.awt(EwmaWeightsChart.shade(palette.positive())));
        currentStep.setPaint(ChartPalette.awt(palette.point()));
        restylePlot(stripChart, palette);
    }

    /** The background and grid of one of the strip's charts. */
    static void restylePlot(ExploreChart node, ChartPalette palette) {
        XYPlot plot = node.plot();
        plot.setBackgroundPaint(ChartPalette.awt(palette.background()));
        plot.setDomainGridlinePaint(ChartPalette.awt(palette.grid()));
        plot.setRangeGridlinePaint(ChartPalette.awt(palette.grid()));
        node.chart().setBackgroundPaint(ChartPalette.awt(palette.background()));
    }

    /** Shows this window at the next redraw; only momentum and Adam show the strip at all. */
    public void show(EwmaWindow window) {
        // The lesson's view moves the strip in and out of its split as this changes.
        setVisible(window.applies());
        if (window.applies()) {
            pending = window;
        }
    }

    /** Series drawn: g and the EWMA, and Adam's corrected m (for tests). */
    int seriesShown() {
        return strip.getSeriesCount();
    }

    /** Points drawn of the gradients' series (for tests). */
    int pointsShown() {
        return strip.getSeriesCount() == 0 ? 0 : strip.getItemCount(0);
    }

    private void drawIfDue(long now) {
        if (pending == null || now - lastDraw < MIN_REDRAW_NANOS) {
            return;
        }
        EwmaWindow window = pending;
        pending = null;
        lastDraw = now;
        if (window.optimizer() != shownKind || window.beta() != shownBeta) {
            showOptimizer(window);
        }
        JFreeChart chart = stripChart.chart();
        chart.setNotify(false);
        try {
            double[] steps = window.steps();
            double last = steps.length == 0 ? 0 : steps[steps.length - 1];
            // The updates axis first: the values axis scales to the points inside it, and at full speed
            // the new window may not overlap the last one drawn (the axis then fell back to 0..1).
            NumberAxis updates = (NumberAxis) stripChart.plot().getDomainAxis();
            updates.setRange(Math.max(0.5, last - EwmaWindow.LENGTH + 0.5), Math.max(last, EwmaWindow.LENGTH) + 0.5);
            // Near a minimum the gradients are tiny: the axis scales to them, not to a fixed span.
            ((NumberAxis) stripChart.plot().getRangeAxis()).setAutoRangeMinimumSize(
                    Math.max(1e-300, 0.1 * largestMagnitude(window)));
            strip.addSeries("g = f′(w) used", new double[][] {steps, window.grads()});
            strip.addSeries(window.optimizer() == OptimizerKind.ADAM ? "m (EWMA)" : "v (EWMA)",
                    new double[][] {steps, window.ewma()});
            if (window.optimizer() == OptimizerKind.ADAM) {
                strip.addSeries("m/(1−β₁^t)", new double[][] {steps, window.corrected()});
            }
            double effective = EwmaWeights.effectiveWindow(window.beta());
            // The shaded updates are the ones the weights' shaded bars count: t-k for k < 1/(1-beta).
            recentWindow.setStartValue(last - effective + 0.5);
            recentWindow.setEndValue(last + 0.5);
            currentStep.setValue(last);
        } finally {
            chart.setNotify(true);
        }
    }

    private static double largestMagnitude(EwmaWindow window) {
        double largest = 0;
        for (double[] values : new double[][] {window.grads(), window.ewma(), window.corrected()}) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        return largest;
    }

    private void showOptimizer(EwmaWindow window) {
        shownKind = window.optimizer();
        shownBeta = window.beta();
        boolean adam = shownKind == OptimizerKind.ADAM;
        // Adam's m and its correction are drawn only for Adam: a momentum strip keeps two series.
        while (strip.getSeriesCount() > 0) {
            strip.removeSeries(strip.getSeriesKey(0));
        }
        double effective = EwmaWeights.effectiveWindow(shownBeta);
        String beta = adam ? "β₁" : "β";
        // One line, so the charts keep their height; the tooltip says the rest.
        title.setText((adam ? "m" : "v") + " ← " + beta + "·" + (adam ? "m" : "v")
                + " + (1−" + beta + ")·g:  " + beta + " = " + Numbers.format(shownBeta, 3)
                + ",  window 1/(1−" + beta + ") ≈ " + Numbers.format(effective, 3));
        weightsChart.show(shownBeta, beta);
    }
}
