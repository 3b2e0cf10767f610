package org.gradientlab.app.descent.explore;

import org.gradientlab.app.chart.TickFormat;
import java.awt.Font;
import java.util.List;
import javafx.scene.paint.Color;
import org.gradientlab.app.explore.ExploreChart;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.engine.descent.BasinResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Align;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The basin map: a {@link BasinImage} stretched over the plot area, behind axes of start w0 and
 * learning rate (log). FX thread only.
 */
public final class BasinChart {

    private final NumberAxis startAxis = new NumberAxis("start w₀");
    private final LogAxis rateAxis = new LogAxis("learning rate η");
    private final ExploreChart node;
    private BasinResult shown;
    private final org.jfree.chart.plot.ValueMarker lessonStart = new org.jfree.chart.plot.ValueMarker(0);
    private final org.jfree.chart.plot.ValueMarker lessonRate = new org.jfree.chart.plot.ValueMarker(1);

    public BasinChart() {
        XYPlot plot = new XYPlot(new XYSeriesCollection(), startAxis, rateAxis, new XYLineAndShapeRenderer());
        plot.setBackgroundImageAlignment(Align.FIT);
        plot.setBackgroundImageAlpha(1f);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        startAxis.setAutoRange(false);
        TickFormat.useFor(startAxis);
        TickFormat.roomForTheLastTick(plot, 13);
        rateAxis.setAutoRange(false);
        rateAxis.setBase(10);
        rateAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        rateAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));
        Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        for (org.jfree.chart.axis.ValueAxis axis : List.of(startAxis, rateAxis)) {
            axis.setLabelFont(labelFont);
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        for (org.jfree.chart.plot.ValueMarker marker : List.of(lessonStart, lessonRate)) {
            marker.setStroke(new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 1f,
                    new float[] {5f, 4f}, 0f));
        }
        plot.addDomainMarker(lessonStart, org.jfree.chart.ui.Layer.FOREGROUND);
        plot.addRangeMarker(lessonRate, org.jfree.chart.ui.Layer.FOREGROUND);
        node = new ExploreChart(chart);
        node.setId("basinChart");
        node.setOnPaletteChange(this::restyle);
    }

    private void restyle() {
        ChartPalette palette = node.palette();
        node.plot().setBackgroundPaint(ChartPalette.awt(palette.background()));
        node.chart().setBackgroundPaint(ChartPalette.awt(palette.background()));
        java.awt.Color text = ChartPalette.awt(palette.text());
        for (org.jfree.chart.axis.ValueAxis axis : List.of(startAxis, rateAxis)) {
            axis.setLabelPaint(text);
            axis.setTickLabelPaint(text);
        }
        lessonStart.setPaint(text);
        lessonRate.setPaint(text);
        if (shown != null) {
            show(shown);
        }
    }

    /** Crosshairs at the lesson's start and rate: where a clicked cell lands, and where the lesson is now. */
    void showLesson(double w0, double rate) {
        lessonStart.setValue(w0);
        lessonRate.setValue(rate);
    }

    /** Shows a map (a cancelled one shows the cells it ran). */
    void show(BasinResult result) {
        shown = result;
        node.chart().setNotify(false);
        try {
            startAxis.setRange(result.map().minStart(), result.map().maxStart());
            rateAxis.setRange(result.map().minRate(), result.map().maxRate());
            node.plot().setBackgroundImage(BasinImage.render(result, palette().background(), diverged(), unsettled()));
        } finally {
            node.chart().setNotify(true);
        }
    }

    /** The colour of diverged cells. */
    Color diverged() {
        return palette().negative();
    }

    /** The colour of cells that did not settle in N steps. */
    Color unsettled() {
        return palette().grid().darker();
    }

    private ChartPalette palette() {
        return node.palette();
    }

    public ExploreChart node() {
        return node;
    }

    /** The map shown, or null. */
    public BasinResult shown() {
        return shown;
    }
}
