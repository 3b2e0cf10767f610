package org.gradientlab.engine.regression;

import org.gradientlab.engine.DataSet;

/**
 * The loss of SPEC section 4 over the whole data set as a function of (w0, w1), for the contour
 * plot of the regression lesson. Grids are filled row by row: {@code out[i * w0s.length + k]} is the
 * loss at {@code (w0s[k], w1s[i])}.
 */
public final class LossSurface {

    private LossSurface() {
    }

    /**
     * The loss at (w0, w1), directly: {@code sum_j r_j*r_j} in data order, then
     * {@link Reduction#loss} with n. This is the loss every row of a run shows; O(n), no allocation.
     */
    public static double loss(DataSet data, Reduction reduction, double w0, double w1) {
        return reduction.loss(ResidualSums.sumOfSquares(data.x(), data.y(), w0, w1), data.size());
    }

    /** A grid of {@link #loss} values, O(n) per point. */
    public static void direct(DataSet data, Reduction reduction, double[] w0s, double[] w1s, double[] out) {
        checkGrid(w0s, w1s, out);
        for (int i = 0; i < w1s.length; i++) {
            for (int k = 0; k < w0s.length; k++) {
                out[i * w0s.length + k] = loss(data, reduction, w0s[k], w1s[i]);
            }
        }
    }

    /** The same grid from the closed form of {@link SufficientStatistics}, O(1) per point. */
    public static void closedForm(SufficientStatistics statistics, Reduction reduction, double[] w0s, double[] w1s,
            double[] out) {
        checkGrid(w0s, w1s, out);
        for (int i = 0; i < w1s.length; i++) {
            for (int k = 0; k < w0s.length; k++) {
                out[i * w0s.length + k] = statistics.loss(w0s[k], w1s[i], reduction);
            }
        }
    }

    private static void checkGrid(double[] w0s, double[] w1s, double[] out) {
        if (out.length != w0s.length * w1s.length) {
            throw new IllegalArgumentException("grid of " + w0s.length + " x " + w1s.length + " needs "
                    + w0s.length * w1s.length + " values, not " + out.length);
        }
    }
}
