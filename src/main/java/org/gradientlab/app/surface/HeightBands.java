package org.gradientlab.app.surface;

import javafx.scene.paint.Color;

/**
 * How a height f(w1, w2) is coloured, on the heat map and on the 3-D surface alike: the height
 * above the lowest one in view on a log scale, over the top {@link #DECADES} decades, from the
 * low colour to the high one; bands a quarter of a decade wide, whose edges are the contour lines.
 * Log bands draw nested rings all the way down into a narrow valley, where even spacing would
 * leave one flat patch. Immutable.
 */
final class HeightBands {

    /** Decades of height above the lowest shown, below the highest. */
    static final double DECADES = 4;
    /** Bands per decade. */
    static final int BANDS_PER_DECADE = 4;

    private final double lowest;
    private final double floor;
    private final double range;

    private HeightBands(double lowest, double floor, double range) {
        this.lowest = lowest;
        this.floor = floor;
        this.range = range;
    }

    /** The bands for these heights (non-finite ones are ignored). */
    static HeightBands of(double[] heights) {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double h : heights) {
            if (Double.isFinite(h)) {
                lowest = Math.min(lowest, h);
                highest = Math.max(highest, h);
            }
        }
        if (!(lowest <= highest)) {
            return new HeightBands(0, -DECADES, 1);
        }
        double top = Math.log10(Math.max(highest - lowest, Double.MIN_NORMAL));
        return new HeightBands(lowest, top - DECADES, Math.max(highest - lowest, Double.MIN_NORMAL));
    }

    /** 0 for the lowest height shown, 1 for the highest; non-finite heights count as the highest. */
    double level(double height) {
        if (!Double.isFinite(height)) {
            return 1;
        }
        double v = Math.log10(Math.max(height - lowest, Double.MIN_NORMAL));
        return Math.min(1, Math.max(0, (v - floor) / DECADES));
    }

    /**
     * The shade of a height, 0 to 1: the square root of its share of the range, so the lows are
     * told apart and the highs do not all look alike (the bands carry the log scale).
     */
    double shade(double height) {
        if (!Double.isFinite(height)) {
            return 1;
        }
        return Math.sqrt(Math.min(1, Math.max(0, (height - lowest) / range)));
    }

    /** The band of a height, 0 the lowest. */
    int band(double height) {
        return Math.min((int) (DECADES * BANDS_PER_DECADE) - 1, (int) Math.floor(level(height) * DECADES * BANDS_PER_DECADE));
    }

    /** The colour of a level between the two ends. */
    static Color colour(double level, Color low, Color high) {
        return low.interpolate(high, 0.04 + 0.78 * level);
    }
}
