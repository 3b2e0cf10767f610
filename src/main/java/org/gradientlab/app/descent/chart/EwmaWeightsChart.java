package org.gradientlab.app.descent.chart;

import javafx.scene.paint.Color;
import org.gradientlab.app.explore.ExploreChart;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.engine.optim.EwmaWeights;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The bars beta^k(1-beta): the weight an EWMA gives the gradient k updates ago, with the effective
 * window 1/(1-beta) shaded. Changes only when beta does.
 */
final class EwmaWeightsChart {

    /** Bars for lags k = 0..MAX_LAG. */
    static final int MAX_LAG = 40;

    private final XYSeries weights = new XYSeries("weight", false, true);
    private final XYBarRenderer bars = new XYBarRenderer(0.15);
    private final IntervalMarker window = new IntervalMarker(0, 0);
    private final ExploreChart node;

    EwmaWeightsChart() {
        NumberAxis lags = new NumberAxis("k updates ago");
        lags.setRange(-0.5, MAX_LAG + 0.5);
        lags.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(new XYSeriesCollection(weights), lags, new NumberAxis("β^k(1−β)"), bars);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDefaultCreateEntities(false);
        plot.addDomainMarker(window, org.jfree.chart.ui.Layer.BACKGROUND);
        node = new ExploreChart(EwmaStrip.chart(plot, false));
        node.setId("ewmaWeights");
        node.setPrefWidth(200);
        // A small minimum: the table beside the strip keeps the split's divider where it is put.
        node.setMinWidth(120);
        node.setOnPaletteChange(this::restyle);
    }

    private void restyle() {
        ChartPalette palette = node.palette();
        bars.setSeriesPaint(0, ChartPalette.awt(palette.positive()));
        window.setPaint(ChartPalette.awt(shade(palette.positive())));
        EwmaStrip.restylePlot(node, palette);
    }

    /** The effective window's shading, in both of the strip's charts. */
    static Color shade(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 0.14);
    }

    /** The node to put in a layout. */
    ExploreChart node() {
        return node;
    }

    /**
     * Shows the weights for this beta.
     *
     * @param beta     the EWMA factor
     * @param betaName how the lesson writes it: β for momentum, β₁ for Adam
     */
    void show(double beta, String betaName) {
        node.chart().setNotify(false);
        try {
            weights.clear();
            double[] w = EwmaWeights.weights(beta, MAX_LAG);
            for (int k = 0; k < w.length; k++) {
                weights.add(k, w[k], false);
            }
            weights.fireSeriesChanged();
            node.plot().getRangeAxis().setLabel(betaName + "^k(1−" + betaName + ")");
            window.setStartValue(-0.5);
            window.setEndValue(EwmaWeights.effectiveWindow(beta) - 0.5);
        } finally {
            node.chart().setNotify(true);
        }
    }
}
