package org.gradientlab.app.explore;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.gradientlab.app.look.ChartPalette;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * A still JFreeChart-FX chart for the explore windows, styled from CSS like the lesson's charts,
 * that turns a click in the plot area into data coordinates. Unlike the lesson's chart it does not
 * zoom or pan: its axes are logarithmic, and a wheel zoom could push them below zero.
 */
public final class ExploreChart extends Region implements ChartPalette.Owner {

    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final ChartPalette palette;
    private Runnable paletteListener = () -> { };
    private BiConsumer<Double, Double> clickListener = (x, y) -> { };

    public ExploreChart(JFreeChart chart) {
        this.chart = chart;
        this.viewer = new ChartViewer(chart, false);
        this.palette = new ChartPalette(this, () -> paletteListener.run());
        // The viewer's own handlers would zoom on a drag; this region takes the mouse instead.
        viewer.setMouseTransparent(true);
        getChildren().add(viewer);
        getStyleClass().add("overlay-chart");
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    private void clicked(MouseEvent e) {
        Rectangle2D area = dataArea();
        if (e.getButton() != MouseButton.PRIMARY || area == null || !area.contains(e.getX(), e.getY())) {
            return;
        }
        clickListener.accept(toDataX(e.getX()), toDataY(e.getY()));
    }

    @Override
    protected void layoutChildren() {
        viewer.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    /** The plot area in this region's pixels as of the last draw, or null before the first. */
    public Rectangle2D dataArea() {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo() == null) {
            return null;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        return area.getWidth() > 0 && area.getHeight() > 0 ? area : null;
    }

    /** Pixels to data x. */
    public double toDataX(double px) {
        XYPlot plot = plot();
        return plot.getDomainAxis().java2DToValue(px, dataArea(), plot.getDomainAxisEdge());
    }

    /** Pixels to data y. */
    public double toDataY(double py) {
        XYPlot plot = plot();
        return plot.getRangeAxis().java2DToValue(py, dataArea(), plot.getRangeAxisEdge());
    }

    /** Data x to pixels (tests click through it). */
    public double toScreenX(double x) {
        XYPlot plot = plot();
        return plot.getDomainAxis().valueToJava2D(x, dataArea(), plot.getDomainAxisEdge());
    }

    /** Data y to pixels. */
    public double toScreenY(double y) {
        XYPlot plot = plot();
        return plot.getRangeAxis().valueToJava2D(y, dataArea(), plot.getRangeAxisEdge());
    }

    /** Who hears a primary click in the plot area, with its data x and y. */
    public void setOnClick(BiConsumer<Double, Double> listener) {
        this.clickListener = listener;
    }

    /** Who restyles the chart when a colour changes; called at once too. */
    public void setOnPaletteChange(Runnable listener) {
        this.paletteListener = listener;
        listener.run();
    }

    public XYPlot plot() {
        return (XYPlot) chart.getPlot();
    }

    public JFreeChart chart() {
        return chart;
    }

    @Override
    public ChartPalette palette() {
        return palette;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return ChartPalette.cssMetaData();
    }
}
