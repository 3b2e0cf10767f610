package org.gradientlab.app.chart;

import javafx.scene.canvas.GraphicsContext;

/**
 * A line through many points on screen, drawn with only the points that move it: a point less
 * than {@link #MIN_PIXELS} from the last one drawn is left out (the last point given is always
 * drawn), so no point of the line is further than that from where it would be with every point.
 * A run that crawls at a tiny rate hands over thousands of points a pixel apart or less; the
 * software renderer's cost grows with the segments stroked, not with the pixels they cover (the
 * 2,000-point Surface path, drawn twice a picture, was most of the render thread's time). A point
 * that is not finite breaks the line there.
 */
public final class PixelPath {

    /** Points closer than this to the last one drawn are left out: under half a pixel is not seen. */
    public static final double MIN_PIXELS = 0.5;

    /** Where the path's pieces go: a canvas's path, or a test's list. */
    public interface Sink {
        /** Starts a piece of line at (x, y). */
        void moveTo(double x, double y);

        /** Goes on to (x, y). */
        void lineTo(double x, double y);
    }

    private final Sink sink;
    private boolean open;
    private double lastX;
    private double lastY;
    /** A point left out that may be the last one: drawn when the line breaks or ends. */
    private boolean held;
    private double heldX;
    private double heldY;
    private int segments;

    public PixelPath(Sink sink) {
        this.sink = sink;
    }

    /** Begins a new path on the canvas; stroke it with {@link #stroke}. */
    public static PixelPath on(GraphicsContext g) {
        g.beginPath();
        return new PixelPath(new Sink() {
            @Override
            public void moveTo(double x, double y) {
                g.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                g.lineTo(x, y);
            }
        });
    }

    /** The next point on screen; one that is not finite breaks the line. */
    public void to(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            end();
            open = false;
            return;
        }
        if (!open) {
            sink.moveTo(x, y);
            open = true;
            lastX = x;
            lastY = y;
            return;
        }
        double dx = x - lastX;
        double dy = y - lastY;
        if (dx * dx + dy * dy < MIN_PIXELS * MIN_PIXELS) {
            held = true;
            heldX = x;
            heldY = y;
            return;
        }
        line(x, y);
    }

    /** Draws the last point given if it was left out; call before stroking. */
    public void end() {
        if (held) {
            line(heldX, heldY);
        }
    }

    /** Ends the path and strokes it on the canvas with the current stroke settings. */
    public void stroke(GraphicsContext g) {
        end();
        g.stroke();
    }

    /** Line segments drawn so far. */
    public int segments() {
        return segments;
    }

    private void line(double x, double y) {
        sink.lineTo(x, y);
        segments++;
        lastX = x;
        lastY = y;
        held = false;
    }
}
