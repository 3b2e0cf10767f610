package org.gradientlab.app.descent.chart;

import java.util.Arrays;
import org.gradientlab.engine.DifferentiableFunction;

/**
 * Samples f(w) over a visible interval and picks a sane vertical range for it: the values a
 * person needs to see, not the spike of a pole or an overflow. Non-finite samples become gaps.
 */
final class CurveView {

    /** Samples across the visible width. */
    static final int SAMPLES = 801;
    /** The largest |value| an axis shows: a chart's tick units stay finite below it. */
    static final double LARGEST = 1e300;

    private CurveView() {
    }

    /** w and f(w) at evenly spaced points; non-finite values are NaN (a gap in the line). */
    static double[][] sample(DifferentiableFunction f, double lower, double upper) {
        double[] ws = new double[SAMPLES];
        double[] fs = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            double w = lower + (upper - lower) * i / (SAMPLES - 1);
            f.evaluate(w);
            double value = f.value();
            ws[i] = w;
            fs[i] = Double.isFinite(value) ? value : Double.NaN;
        }
        return new double[][] {ws, fs};
    }

    /**
     * A vertical range that shows the curve: its finite values with a margin; where a few samples
     * shoot far away (a pole), the 2nd to 98th percentile instead; never narrower than a minimum.
     *
     * @return {lower, upper}
     */
    static double[] range(double[] fs, double... mustShow) {
        double[] finite = Arrays.stream(fs).filter(Double::isFinite).sorted().toArray();
        double lower;
        double upper;
        if (finite.length == 0) {
            lower = -1;
            upper = 1;
        } else {
            lower = finite[0];
            upper = finite[finite.length - 1];
            double low = finite[(int) (0.02 * (finite.length - 1))];
            double high = finite[(int) Math.ceil(0.98 * (finite.length - 1))];
            if (upper - lower > 20 * Math.max(high - low, 1e-300)) {
                lower = low;
                upper = high;
            }
        }
        for (double y : mustShow) {
            if (Double.isFinite(y) && Math.abs(y) < LARGEST) {
                lower = Math.min(lower, y);
                upper = Math.max(upper, y);
            }
        }
        // Halves first: upper - lower itself overflows when the values span more than a double holds.
        double span = 2 * (upper / 2 - lower / 2);
        if (!Double.isFinite(span)) {
            lower = Math.max(lower, -1e300);
            upper = Math.min(upper, 1e300);
            span = 2 * (upper / 2 - lower / 2);
        }
        double minimum = 1e-6 * Math.max(1, Math.max(Math.abs(lower), Math.abs(upper)));
        if (span < minimum) {
            double middle = (upper + lower) / 2;
            double half = Math.max(minimum, 0.5 * Math.max(1e-3, Math.abs(middle))) ;
            return new double[] {middle - half, middle + half};
        }
        double margin = 0.08 * span;
        // JFreeChart's tick units overflow near the largest doubles (and then it loops looking for one).
        double shownLower = Math.max(-LARGEST, lower - margin);
        double shownUpper = Math.min(LARGEST, upper + margin);
        if (!(shownLower < shownUpper)) {
            return upper > 0 ? new double[] {LARGEST / 2, LARGEST} : new double[] {-LARGEST, -LARGEST / 2};
        }
        return new double[] {shownLower, shownUpper};
    }

    /** Keeps values within a wide band around the range, so drawing never meets a huge coordinate. */
    static void clip(double[] fs, double lower, double upper) {
        double band = 50 * (upper - lower);
        for (int i = 0; i < fs.length; i++) {
            if (Double.isFinite(fs[i])) {
                fs[i] = Math.max(lower - band, Math.min(upper + band, fs[i]));
            }
        }
    }
}
