package org.gradientlab.app.chart;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.gradientlab.app.look.ChartPalette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Align;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * A chart of two weights whose picture is one image of the plot area's size, set as the plot's
 * background (the Regression contours, the Surface heat map): the axes, the styling, the view with
 * one unit as long across as up, and the image's size. The chart redraws only when the image or
 * the view changes; what moves is drawn on the {@link OverlayChart}'s light layer.
 */
public final class HeatMapChart {

    private final NumberAxis xAxis;
    private final NumberAxis yAxis;
    private final JFreeChart chart;
    private final XYPlot plot;
    private final OverlayChart overlay;
    private final Runnable renderImage;
    private int imageWidth;
    private int imageHeight;

    /**
     * @param renderImage paints the image of the visible box (called by {@link #setView}, inside
     *                    one batch of the chart's changes)
     */
    public HeatMapChart(String xLabel, String yLabel, String id, Runnable renderImage) {
        this.renderImage = renderImage;
        xAxis = new NumberAxis(xLabel);
        yAxis = new NumberAxis(yLabel);
        plot = new XYPlot(new DefaultXYDataset(), xAxis, yAxis, new XYLineAndShapeRenderer(false, false));
        xAxis.setAutoRange(false);
        yAxis.setAutoRange(false);
        plot.setBackgroundImageAlignment(Align.FIT);
        plot.setBackgroundImageAlpha(1f);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(true);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setAntiAlias(true);
        overlay = new OverlayChart(chart);
        overlay.setId(id);
    }

    /** The node to put in a layout. */
    public OverlayChart overlay() {
        return overlay;
    }

    /** The across axis. */
    public NumberAxis xAxis() {
        return xAxis;
    }

    /** The up axis. */
    public NumberAxis yAxis() {
        return yAxis;
    }

    /** The plot. */
    public XYPlot plot() {
        return plot;
    }

    /** Takes the palette's background, text colour and font sizes. */
    public void restyle() {
        ChartPalette palette = overlay.palette();
        ChartStyle.background(chart, palette);
        ChartStyle.axes(palette, 16, 13, xAxis, yAxis);
    }

    /** The visible box: x from, x to, y from, y to. */
    public double[] box() {
        return new double[] {xAxis.getLowerBound(), xAxis.getUpperBound(), yAxis.getLowerBound(), yAxis.getUpperBound()};
    }

    /**
     * Shows at least the box {x from, x to, y from, y to}, with one unit as long across as up, so
     * a bowl's true shape shows: a round bowl looks round, a narrow valley narrow.
     */
    public void setView(double[] box) {
        Rectangle2D area = overlay.dataArea();
        double width = area == null ? overlay.getWidth() - 90 : area.getWidth();
        double height = area == null ? overlay.getHeight() - 60 : area.getHeight();
        double halfX = (box[1] - box[0]) / 2;
        double halfY = (box[3] - box[2]) / 2;
        if (width > 0 && height > 0) {
            double perPixel = Math.max(halfX / width, halfY / height);
            halfX = perPixel * width;
            halfY = perPixel * height;
        }
        double centreX = (box[0] + box[1]) / 2;
        double centreY = (box[2] + box[3]) / 2;
        chart.setNotify(false);
        try {
            xAxis.setRange(centreX - halfX, centreX + halfX);
            yAxis.setRange(centreY - halfY, centreY + halfY);
            renderImage.run();
        } finally {
            chart.setNotify(true);
        }
    }

    /** Whether the plot area is no longer the size of the last image. */
    public boolean sizeChanged() {
        Rectangle2D area = overlay.dataArea();
        return area != null && ((int) Math.round(area.getWidth()) != imageWidth
                || (int) Math.round(area.getHeight()) != imageHeight);
    }

    /**
     * Takes the plot area's size for the next image; before the first draw the area is unknown and
     * the size a guess, to be corrected at the next frame.
     *
     * @return whether the size is a guess
     */
    public boolean sizeImage() {
        Rectangle2D area = overlay.dataArea();
        imageWidth = area == null ? 400 : Math.max(1, (int) Math.round(area.getWidth()));
        imageHeight = area == null ? 300 : Math.max(1, (int) Math.round(area.getHeight()));
        return area == null;
    }

    /** The width of the next image, in pixels. */
    public int imageWidth() {
        return imageWidth;
    }

    /** The height of the next image, in pixels. */
    public int imageHeight() {
        return imageHeight;
    }

    /** Shows this image as the plot's background. */
    public void setImage(BufferedImage image) {
        plot.setBackgroundImage(image);
    }
}
