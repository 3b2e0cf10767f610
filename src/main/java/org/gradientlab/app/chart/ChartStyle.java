package org.gradientlab.app.chart;

import java.awt.Font;
import org.gradientlab.app.look.ChartPalette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/** The palette's colours and sizes on a JFreeChart: its background, grid, zero lines and axes. */
public final class ChartStyle {

    private ChartStyle() {
    }

    /** The chart and its plot on the palette's background. */
    public static void background(JFreeChart chart, ChartPalette palette) {
        chart.getXYPlot().setBackgroundPaint(ChartPalette.awt(palette.background()));
        chart.setBackgroundPaint(ChartPalette.awt(palette.background()));
    }

    /** The axes' labels, ticks and lines in the text colour, the labels and ticks at these nominal sizes. */
    public static void axes(ChartPalette palette, double labelSize, double tickSize, NumberAxis... axes) {
        java.awt.Color text = ChartPalette.awt(palette.text());
        for (NumberAxis axis : axes) {
            axis.setLabelPaint(text);
            axis.setTickLabelPaint(text);
            axis.setLabelFont(palette.awtFont(Font.PLAIN, labelSize));
            axis.setTickLabelFont(palette.awtFont(Font.PLAIN, tickSize));
            axis.setAxisLinePaint(text);
            axis.setTickMarkPaint(text);
        }
    }

    /**
     * A plot of a curve or points over grid and zero lines: background, grid, zero lines and both
     * axes, with room for the last tick label.
     */
    public static void gridPlot(JFreeChart chart, ChartPalette palette, double labelSize, double tickSize) {
        XYPlot plot = chart.getXYPlot();
        background(chart, palette);
        plot.setDomainGridlinePaint(ChartPalette.awt(palette.grid()));
        plot.setRangeGridlinePaint(ChartPalette.awt(palette.grid()));
        java.awt.Color text = ChartPalette.awt(palette.text());
        // JFreeChart's zero lines are black by default: lost on a dark surface.
        plot.setDomainZeroBaselinePaint(text);
        plot.setRangeZeroBaselinePaint(text);
        axes(palette, labelSize, tickSize, (NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis());
        TickFormat.roomForTheLastTick(plot, palette.size(tickSize));
    }
}
