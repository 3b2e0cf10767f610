package org.gradientlab.app.chart;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.runner.FrameTimer;

/**
 * A Region that hosts one Canvas, sized in layoutChildren(), with its colours and sizes from CSS,
 * and redrawn at most once a frame, only when something changed (the network diagrams, the
 * boundary plot). Each draw starts with clearRect.
 */
public abstract class CanvasRegion extends Region implements ChartPalette.Owner {

    /** The canvas drawn on, the region's size. */
    protected final Canvas canvas = new Canvas();
    /** The colours and sizes from CSS; a change asks for a redraw. */
    protected final ChartPalette palette = new ChartPalette(this, this::requestDraw);
    private boolean dirty = true;

    protected CanvasRegion() {
        getChildren().add(canvas);
    }

    /** While on screen, calls {@code draw} at the next frame after a change, and not otherwise. */
    protected final void drawWhenChanged(Runnable draw) {
        FrameTimer.whileShowing(this, now -> {
            if (takeChange()) {
                draw.run();
            }
        });
    }

    /** Something shown changed (the state, the colours): draw again at the next frame. */
    protected void requestDraw() {
        dirty = true;
    }

    /** Whether something changed since the last call (for a region with its own frame loop). */
    protected final boolean takeChange() {
        boolean changed = dirty;
        dirty = false;
        return changed;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        dirty = true;
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
