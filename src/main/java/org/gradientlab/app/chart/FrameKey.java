package org.gradientlab.app.chart;

/**
 * A fingerprint of what a light layer would draw (see {@link OverlayChart.Painter#frameKey}):
 * screen positions at a quarter of a pixel, colours and texts, mixed into 64 bits. Two frames with
 * the same key look the same, so the second is not painted. Mutable while built; compare when done.
 */
public final class FrameKey {

    private static final long PRIME = 0x100000001b3L;

    private final OverlayChart chart;
    private long hash = 0xcbf29ce484222325L;
    private int parts;

    /** A key for a picture that is not over a chart (no {@link #point}). */
    public FrameKey() {
        this.chart = null;
    }

    /** A key for a layer over this chart, started with the chart's data area. */
    public FrameKey(OverlayChart chart) {
        this.chart = chart;
        java.awt.geom.Rectangle2D area = chart.dataArea();
        if (area != null) {
            pixel(area.getX()).pixel(area.getY()).pixel(area.getWidth()).pixel(area.getHeight());
        }
    }

    private FrameKey mix(long value) {
        hash = (hash ^ value) * PRIME;
        hash ^= hash >>> 29;
        parts++;
        return this;
    }

    /** A screen coordinate, to a quarter of a pixel; far-off and non-finite values each count as one. */
    public FrameKey pixel(double px) {
        return mix(Double.isFinite(px) ? Math.round(Math.max(-1e6, Math.min(1e6, px)) * 4) : Long.MIN_VALUE);
    }

    /** A point in data coordinates, as the chart would place it on screen. */
    public FrameKey point(double x, double y) {
        return pixel(chart.toScreenX(x)).pixel(chart.toScreenY(y));
    }

    /** A text drawn, or anything else whose hash code tells it apart (a colour, a flag). */
    public FrameKey value(Object value) {
        return mix(value == null ? 0 : value.hashCode());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrameKey key && key.hash == hash && key.parts == parts;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash);
    }
}
