package org.gradientlab.app.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.runner.FrameTimer;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * A JFreeChart-FX chart of an XY plot with a light Canvas layer on top. The chart (curve, axes)
 * redraws only when its data or ranges change; the layer (moving point, tangent, arrows) redraws
 * on its own, at most once a frame, mapping through the plot's axes. The layer also takes the
 * mouse: press or drag picks a point, the wheel zooms, a right or middle drag (or Shift+drag)
 * pans, and a double click asks for the automatic view again. A chart that edits points can take
 * the secondary button for itself ({@link #setOnSecondaryPress}): a right press then goes to the
 * lesson, and the middle button and Shift+drag still pan.
 */
public final class OverlayChart extends Region implements ChartPalette.Owner {

    /** Paints the light layer. */
    public interface Painter {
        /** Draws on a cleared layer; return true to be called again next frame (an animation runs). */
        boolean paint(GraphicsContext g, OverlayChart chart, long nowNanos);

        /**
         * What {@link #paint} would draw now, as a value: when it equals the last painted one (and
         * the chart has not changed) the layer keeps its picture, and the plot area is not repainted.
         * At full speed most frames change nothing a person could see. Null means always repaint.
         */
        default Object frameKey(OverlayChart chart) {
            return null;
        }

        /** Draws the same marks as vectors after the chart, for an SVG export; nothing by default. */
        default void paintVectors(Graphics2D g, OverlayChart chart, OverlayVectors.PlotArea area) {
        }
    }

    /** Receives the data coordinates of a press or drag with the primary button. */
    public interface PickListener {
        /** @param x data x, @param y data y, @param dragging true while the button is held and moving */
        void picked(double x, double y, boolean dragging);
    }

    /** Receives the data coordinates of a press with the secondary (right) button. */
    public interface SecondaryPressListener {
        /**
         * @param x data x, @param y data y
         * @return true when the press did something (removed a point), so no context menu follows it
         */
        boolean pressed(double x, double y);
    }

    private final XYPlot plot;
    private final ChartViewer viewer;
    private final Canvas layer = new Canvas();
    private final BooleanProperty userView = new SimpleBooleanProperty(this, "userView");
    private final ChartPalette palette;
    private Runnable paletteListener = () -> { };
    private Painter painter = (g, chart, now) -> false;
    private final ChartGestures gestures;
    private Runnable viewListener = () -> { };
    private boolean dirty = true;
    /** The chart, its size or its colours changed since the last paint: repaint whatever the key says. */
    private boolean chartChanged = true;
    private Object paintedKey;
    /** A CSS pass changed colours or sizes: restyle the chart once, at the next frame. */
    private boolean paletteChanged;

    /** @param chart a chart whose plot is an {@link XYPlot} */
    public OverlayChart(JFreeChart chart) {
        this.plot = (XYPlot) chart.getPlot();
        this.viewer = new ChartViewer(chart, false);
        // A theme change sets a dozen palette properties one by one; the chart redraws on every
        // change it hears, so it is restyled once per frame, with its notifications held.
        this.palette = new ChartPalette(this, () -> paletteChanged = true);
        viewer.setMouseTransparent(true);
        layer.getStyleClass().add("chart-layer");
        getChildren().addAll(viewer, layer);
        getStyleClass().add("overlay-chart");
        chart.addChangeListener(e -> {
            dirty = true;
            chartChanged = true;
        });
        gestures = new ChartGestures(this, layer);
        FrameTimer.whileShowing(this, now -> {
            if (paletteChanged) {
                paletteChanged = false;
                restyleChart();
                dirty = true;
                // Sizes and line widths are in no frame key: a new palette always repaints.
                chartChanged = true;
            }
            if (dirty) {
                dirty = false;
                repaint(now);
            }
        });
    }

    private void repaint(long now) {
        Object key = dataArea() == null ? null : painter.frameKey(this);
        if (key != null && !chartChanged && key.equals(paintedKey)) {
            return;
        }
        paintedKey = key;
        chartChanged = false;
        GraphicsContext g = layer.getGraphicsContext2D();
        g.clearRect(0, 0, layer.getWidth(), layer.getHeight());
        if (dataArea() != null && painter.paint(g, this, now)) {
            dirty = true;
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        viewer.resizeRelocate(0, 0, w, h);
        layer.setWidth(w);
        layer.setHeight(h);
        dirty = true;
        chartChanged = true;
    }

    /** Redraw the light layer at the next frame. */
    public void requestPaint() {
        dirty = true;
    }

    /** Who paints the light layer. */
    public void setPainter(Painter painter) {
        this.painter = painter;
        dirty = true;
        chartChanged = true;
    }

    /** Who hears primary-button presses and drags. */
    public void setOnPick(PickListener listener) {
        gestures.pickListener = listener;
    }

    /**
     * Who hears right-button presses inside the plot area; once set, the right button no longer
     * pans (the middle button and Shift+drag still do).
     */
    public void setOnSecondaryPress(SecondaryPressListener listener) {
        gestures.secondaryListener = listener;
    }

    /** True when the last right press did something for the lesson (a context menu should not follow it). */
    public boolean secondaryPressUsed() {
        return gestures.secondaryPressUsed;
    }

    /** Who paints the light layer. */
    public Painter painter() {
        return painter;
    }

    /** The chart under the light layer. */
    public JFreeChart chart() {
        return viewer.getChart();
    }

    /** Who hears a double click (back to the automatic view). */
    public void setOnFit(Runnable listener) {
        gestures.fitListener = listener;
    }

    /** True once the person has zoomed or panned: the lesson should then leave the ranges alone. */
    public BooleanProperty userViewProperty() {
        return userView;
    }

    /** The colours from CSS. */
    @Override
    public ChartPalette palette() {
        return palette;
    }

    /** Who hears that a colour or size changed (to restyle the chart itself); called with the chart's notifications held. */
    public void setOnPaletteChange(Runnable listener) {
        this.paletteListener = listener;
        restyleChart();
    }

    private void restyleChart() {
        JFreeChart chart = viewer.getChart();
        chart.setNotify(false);
        try {
            paletteListener.run();
        } finally {
            chart.setNotify(true);
        }
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return ChartPalette.cssMetaData();
    }

    /** The plot. */
    public XYPlot plot() {
        return plot;
    }

    /** The plot's data area in layer pixels as of the last chart draw, or null before the first. */
    public Rectangle2D dataArea() {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo() == null) {
            return null;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        return area.getWidth() > 0 && area.getHeight() > 0 ? area : null;
    }

    /** Data x to layer pixels. */
    public double toScreenX(double x) {
        return plot.getDomainAxis().valueToJava2D(x, dataArea(), plot.getDomainAxisEdge());
    }

    /** Data y to layer pixels. */
    public double toScreenY(double y) {
        return plot.getRangeAxis().valueToJava2D(y, dataArea(), plot.getRangeAxisEdge());
    }

    /** Layer pixels to data x. */
    public double toDataX(double px) {
        return plot.getDomainAxis().java2DToValue(px, dataArea(), plot.getDomainAxisEdge());
    }

    /** Layer pixels to data y. */
    public double toDataY(double py) {
        return plot.getRangeAxis().java2DToValue(py, dataArea(), plot.getRangeAxisEdge());
    }

    /** Data units per layer pixel along x. */
    public double dataPerPixelX() {
        return Math.abs(toDataX(1) - toDataX(0));
    }

    /**
     * Changes the axes with the chart's notifications held, so the chart redraws once, after the
     * view listener has updated what depends on the visible range.
     */
    public void changeView(Runnable change) {
        JFreeChart chart = viewer.getChart();
        chart.setNotify(false);
        try {
            change.run();
            userView.set(true);
            viewListener.run();
        } finally {
            chart.setNotify(true);
        }
    }

    /** Who hears that the person zoomed or panned (inside the held notifications). */
    public void setOnViewChange(Runnable listener) {
        this.viewListener = listener;
    }
}
