package org.gradientlab.engine.regression;

/**
 * The sums over a batch of the residuals r_j = y_j - (w0 + w1*x_j) that SPEC section 4's update
 * and loss are made of, each a plain left-to-right sum in the batch's order (no pairwise or
 * compensated summation, so an independent loop gets the same bits). Reused between updates, so
 * the hot loop allocates nothing.
 */
final class ResidualSums {

    /** Points summed over. */
    int count;
    /** sum_j r_j. */
    double sumResiduals;
    /** sum_j r_j*x_j. */
    double sumResidualsTimesX;
    /** sum_j r_j*r_j, or NaN when not summed. */
    double sumOfSquares;

    /** Every point in data order; one pass gives the update's sums and the loss at the same (w0, w1). */
    void overAll(double[] x, double[] y, double w0, double w1) {
        int n = x.length;
        // Said outright, equal lengths let the compiler drop y's bounds check from the loop: issue 13 saw
        // this loop take 1.55 ms an epoch of a million points in its own method without it, 1.10 ms with.
        if (y.length != n) {
            throw lengthMismatch(x, y);
        }
        double sumR = 0;
        double sumRX = 0;
        double sumRR = 0;
        // Two points a turn, still added one after the other in data order (the same bits). C2's own
        // unrolling of the one-point loop ran 0.95 ms an epoch of a million points on this project's
        // 2-core EPYC against 0.84 for plain C; this shape runs 0.84 (bench/compare.sh, issue 13). Keep the
        // bound `j + 1 < n`: C2 does not count that loop, so it neither unrolls it nor hoists its loads;
        // written `j < n - 1` it is counted, unrolled to 16 points a turn, and the three sums are kept on
        // the stack between turns: 1.34 to 1.6 ms an epoch against 0.95 (C2's code read, fifth session).
        int j = 0;
        for (; j + 1 < n; j += 2) {
            double xj = x[j];
            double r = y[j] - (w0 + w1 * xj);
            sumR += r;
            sumRX += r * xj;
            sumRR += r * r;
            double xk = x[j + 1];
            double q = y[j + 1] - (w0 + w1 * xk);
            sumR += q;
            sumRX += q * xk;
            sumRR += q * q;
        }
        if (j < n) {
            double xj = x[j];
            double r = y[j] - (w0 + w1 * xj);
            sumR += r;
            sumRX += r * xj;
            sumRR += r * r;
        }
        count = n;
        sumResiduals = sumR;
        sumResidualsTimesX = sumRX;
        sumOfSquares = sumRR;
    }

    /** The points {@code order[from..to)}, in that order; the sum of squares is not needed there. */
    void overBatch(double[] x, double[] y, int[] order, int from, int to, double w0, double w1) {
        double sumR = 0;
        double sumRX = 0;
        for (int i = from; i < to; i++) {
            int j = order[i];
            double xj = x[j];
            double r = y[j] - (w0 + w1 * xj);
            sumR += r;
            sumRX += r * xj;
        }
        count = to - from;
        sumResiduals = sumR;
        sumResidualsTimesX = sumRX;
        sumOfSquares = Double.NaN;
    }

    /** sum_j r_j*r_j over every point in data order, the same bits as {@link #overAll}'s. */
    static double sumOfSquares(double[] x, double[] y, double w0, double w1) {
        if (y.length != x.length) {
            throw lengthMismatch(x, y);
        }
        double sumRR = 0;
        for (int j = 0; j < x.length; j++) {
            double r = y[j] - (w0 + w1 * x[j]);
            sumRR += r * r;
        }
        return sumRR;
    }

    private static IllegalArgumentException lengthMismatch(double[] x, double[] y) {
        return new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
    }
}
