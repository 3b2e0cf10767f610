package org.gradientlab.app.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.plot.XYPlot;

/**
 * Draws a chart's light layer (the moving point, the tangent, the trail, a path) as vectors into
 * a Graphics2D, after the chart itself: the SVG export's picture of what the Canvas layer shows.
 */
public interface OverlayVectors {

    /** Draws the marks; {@code area} maps data to the picture's pixels. */
    void paint(Graphics2D g, PlotArea area);

    /**
     * The plot's data area in the picture being drawn, and the mapping of data into it.
     *
     * @param plot     the plot whose axes map the data
     * @param dataArea the data area in the picture's pixels
     */
    record PlotArea(XYPlot plot, Rectangle2D dataArea) {

        /** Data x to picture pixels. */
        public double x(double dataX) {
            return plot.getDomainAxis().valueToJava2D(dataX, dataArea, plot.getDomainAxisEdge());
        }

        /** Data y to picture pixels. */
        public double y(double dataY) {
            return plot.getRangeAxis().valueToJava2D(dataY, dataArea, plot.getRangeAxisEdge());
        }

        /** Picture pixels to data x. */
        public double dataX(double px) {
            return plot.getDomainAxis().java2DToValue(px, dataArea, plot.getDomainAxisEdge());
        }
    }
}
