package org.gradientlab.app.surface;

import java.awt.image.BufferedImage;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.paint.Color;
import org.gradientlab.app.chart.HeatMapChart;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.engine.expr.SurfaceExpression;

/**
 * f(w1, w2) as a contour heat map: an image of the plot area's size, made off the FX thread from
 * the function and the visible box, set as the plot's background. The chart redraws only when the
 * function, the view or the size change, never while a run plays; the path and the point move on
 * the light layer. One w unit is as long across as up, so a round bowl looks round.
 */
final class SurfaceHeatMap {

    private final HeatMapChart map = new HeatMapChart("w1", "w2", "surfaceMap", this::renderImage);
    private final OverlayChart overlay = map.overlay();
    private final Executor painter;
    private SurfaceExpression shown;
    private double[] wanted = {-5, 5, -5, 5};
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
        overlay.setOnPaletteChange(this::restyle);
        overlay.setOnViewChange(() -> {
            renderImage();
            onViewChange.run();
        });
        FrameTimer.whileShowing(overlay, now -> {
            if (map.sizeChanged()) {
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
        map.restyle();
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
        return map.box();
    }

    private void setView(double[] box) {
        map.setView(box);
        onViewChange.run();
    }

    /** Asks for the image of the visible box; it replaces the background when it comes. */
    private void renderImage() {
        if (shown == null) {
            return;
        }
        stale = map.sizeImage();
        long asked = ++generation;
        SurfaceExpression function = shown;
        double[] box = box();
        int width = map.imageWidth();
        int height = map.imageHeight();
        ChartPalette palette = overlay.palette();
        Color low = palette.background();
        Color high = palette.curve();
        Color line = palette.curve().deriveColor(0, 1, 1, 0.45);
        Runnable job = () -> {
            BufferedImage image = HeatImage.render(function, box, width, height, low, high, line);
            Runnable show = () -> {
                if (asked == generation) {
                    map.setImage(image);
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
