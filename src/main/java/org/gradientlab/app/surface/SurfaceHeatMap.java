package org.gradientlab.app.surface;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.paint.Color;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.engine.expr.SurfaceExpression;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Align;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * f(w1, w2) as a contour heat map: an image of the plot area's size, made off the FX thread from
 * the function and the visible box, set as the plot's background. The chart redraws only when the
 * function, the view or the size change, never while a run plays; the path and the point move on
 * the light layer. One w unit is as long across as up, so a round bowl looks round.
 */
final class SurfaceHeatMap {

    private final NumberAxis w1Axis = new NumberAxis("w1");
    private final NumberAxis w2Axis = new NumberAxis("w2");
    private final JFreeChart chart;
    private final XYPlot plot;
    private final OverlayChart overlay;
    private final Executor painter;
    private SurfaceExpression shown;
    private double[] wanted = {-5, 5, -5, 5};
    private int imageWidth;
    private int imageHeight;
    private boolean stale = true;
    /** Counts the images asked for: a late one for an older view is dropped. */
    private long generation;
    private Runnable onViewChange = () -> { };
    /** The newest image asked for and not yet begun (guarded by this). */
    private Runnable pending;
    /** Whether a task is painting images (guarded by this). */
    private boolean painting;

    /** @param painter where the images are made (off the FX thread in the app) */
    SurfaceHeatMap(Executor painter) {
        this.painter = painter;
        plot = new XYPlot(new DefaultXYDataset(), w1Axis, w2Axis, new XYLineAndShapeRenderer(false, false));
        w1Axis.setAutoRange(false);
        w2Axis.setAutoRange(false);
        plot.setBackgroundImageAlignment(Align.FIT);
        plot.setBackgroundImageAlpha(1f);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setAntiAlias(true);
        overlay = new OverlayChart(chart);
        overlay.setId("surfaceMap");
        overlay.setOnPaletteChange(this::restyle);
        overlay.setOnViewChange(() -> {
            renderImage();
            onViewChange.run();
        });
        FrameTimer.whileShowing(overlay, now -> {
            if (sizeChanged()) {
                if (overlay.userViewProperty().get()) {
                    renderImage();
                } else {
                    setView(wanted);
                }
            } else if (stale) {
                renderImage();
            }
        });
    }

    private void restyle() {
        ChartPalette palette = overlay.palette();
        plot.setBackgroundPaint(ChartPalette.awt(palette.background()));
        chart.setBackgroundPaint(ChartPalette.awt(palette.background()));
        java.awt.Color text = ChartPalette.awt(palette.text());
        for (NumberAxis axis : new NumberAxis[] {w1Axis, w2Axis}) {
            axis.setLabelPaint(text);
            axis.setTickLabelPaint(text);
            axis.setLabelFont(palette.awtFont(Font.PLAIN, 16));
            axis.setTickLabelFont(palette.awtFont(Font.PLAIN, 13));
            axis.setAxisLinePaint(text);
            axis.setTickMarkPaint(text);
        }
        stale = true;
    }

    /** The node to put in a layout. */
    OverlayChart node() {
        return overlay;
    }

    /** Who hears that the visible box changed (zoom, pan, fit or a new function). */
    void setOnViewChange(Runnable listener) {
        onViewChange = listener;
    }

    /** Shows f over at least this box (w1 from, to, w2 from, to), and forgets a person's zoom. */
    void show(SurfaceExpression function, double[] box) {
        shown = function;
        wanted = box.clone();
        overlay.userViewProperty().set(false);
        setView(wanted);
    }

    /** The visible box: w1 from, w1 to, w2 from, w2 to. */
    double[] box() {
        return new double[] {w1Axis.getLowerBound(), w1Axis.getUpperBound(), w2Axis.getLowerBound(), w2Axis.getUpperBound()};
    }

    private void setView(double[] box) {
        Rectangle2D area = overlay.dataArea();
        double width = area == null ? overlay.getWidth() - 90 : area.getWidth();
        double height = area == null ? overlay.getHeight() - 60 : area.getHeight();
        double half1 = (box[1] - box[0]) / 2;
        double half2 = (box[3] - box[2]) / 2;
        if (width > 0 && height > 0) {
            double perPixel = Math.max(half1 / width, half2 / height);
            half1 = perPixel * width;
            half2 = perPixel * height;
        }
        double centre1 = (box[0] + box[1]) / 2;
        double centre2 = (box[2] + box[3]) / 2;
        chart.setNotify(false);
        try {
            w1Axis.setRange(centre1 - half1, centre1 + half1);
            w2Axis.setRange(centre2 - half2, centre2 + half2);
            renderImage();
        } finally {
            chart.setNotify(true);
        }
        onViewChange.run();
    }

    private boolean sizeChanged() {
        Rectangle2D area = overlay.dataArea();
        return area != null && ((int) Math.round(area.getWidth()) != imageWidth
                || (int) Math.round(area.getHeight()) != imageHeight);
    }

    /** Asks for the image of the visible box; it replaces the background when it comes. */
    private void renderImage() {
        if (shown == null) {
            return;
        }
        Rectangle2D area = overlay.dataArea();
        imageWidth = area == null ? 400 : Math.max(1, (int) Math.round(area.getWidth()));
        imageHeight = area == null ? 300 : Math.max(1, (int) Math.round(area.getHeight()));
        stale = area == null;
        long asked = ++generation;
        SurfaceExpression function = shown;
        double[] box = box();
        int width = imageWidth;
        int height = imageHeight;
        ChartPalette palette = overlay.palette();
        Color low = palette.background();
        Color high = palette.curve();
        Color line = palette.curve().deriveColor(0, 1, 1, 0.45);
        Runnable job = () -> {
            BufferedImage image = HeatImage.render(function, box, width, height, low, high, line);
            Runnable show = () -> {
                if (asked == generation) {
                    plot.setBackgroundImage(image);
                }
            };
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        };
        boolean start;
        synchronized (this) {
            start = pending == null && !painting;
            pending = job;
            painting |= start;
        }
        if (start) {
            painter.execute(this::paintPending);
        }
    }

    /**
     * Paints the newest image asked for, and on until none waits: a burst of wheel zooms makes one
     * task that skips the views already passed, not a thread per notch.
     */
    private void paintPending() {
        while (true) {
            Runnable job;
            synchronized (this) {
                job = pending;
                pending = null;
                if (job == null) {
                    painting = false;
                    return;
                }
            }
            job.run();
        }
    }
}
