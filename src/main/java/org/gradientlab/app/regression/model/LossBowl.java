package org.gradientlab.app.regression.model;

import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.SufficientStatistics;

/**
 * The shape of the loss over (w0, w1), a quadratic bowl: its lowest point, and its curvatures,
 * the eigenvalues of the Hessian H = [[n, sum x], [sum x, sum x^2]] (divided by n for mean). They
 * say how narrow the valley is (their ratio) and the largest rate at which plain batch descent
 * still converges (2 / the larger one). Immutable.
 *
 * @param statistics the data's sums
 * @param reduction  sum or mean
 */
public record LossBowl(SufficientStatistics statistics, Reduction reduction) {

    private double scale() {
        return reduction == Reduction.SUM ? 1 : 1.0 / statistics.count();
    }

    /** d²L/dw0² = n (1 for mean). */
    public double h00() {
        return statistics.count() * scale();
    }

    /** d²L/dw0dw1 = sum x. */
    public double h01() {
        return statistics.count() * statistics.meanX() * scale();
    }

    /** d²L/dw1² = sum x². */
    public double h11() {
        double meanX = statistics.meanX();
        return (statistics.sxx() + statistics.count() * meanX * meanX) * scale();
    }

    /** det H = n * sxx (scaled), without the cancellation of h00*h11 - h01². */
    private double determinant() {
        return statistics.count() * statistics.sxx() * scale() * scale();
    }

    /** The curvature across the valley, the larger eigenvalue of H. */
    public double steepCurvature() {
        double half = (h00() + h11()) / 2;
        double halfDifference = (h00() - h11()) / 2;
        return half + Math.hypot(halfDifference, h01());
    }

    /** The curvature along the valley floor, the smaller eigenvalue (0 when every x is the same). */
    public double flatCurvature() {
        return determinant() / steepCurvature();
    }

    /** How many times steeper the valley is across than along: infinite when x does not vary. */
    public double curvatureRatio() {
        double flat = flatCurvature();
        return flat > 0 ? steepCurvature() / flat : Double.POSITIVE_INFINITY;
    }

    /** Plain batch descent diverges above this rate: 2 / the steep curvature. */
    public double maxStableRate() {
        return 2 / steepCurvature();
    }

    /** True when the bowl has one lowest point (x varies). */
    public boolean hasMinimum() {
        return statistics.sxx() > 0 && Double.isFinite(statistics.bestW1());
    }

    /** The loss at (w0, w1), closed form. */
    public double loss(double w0, double w1) {
        return statistics.loss(w0, w1, reduction);
    }

    /** The lowest loss, at (bestW0, bestW1); NaN without a minimum. */
    public double minLoss() {
        return hasMinimum() ? loss(statistics.bestW0(), statistics.bestW1()) : Double.NaN;
    }

    /**
     * A view of the (w0, w1) plane that holds the lowest point and the given points (the start,
     * the first step), a quarter of its size again as margin on every side:
     * {w0 low, w0 high, w1 low, w1 high}.
     */
    public double[] frame(double[] w0s, double[] w1s) {
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        if (hasMinimum()) {
            include(box, statistics.bestW0(), statistics.bestW1());
        }
        for (int i = 0; i < w0s.length; i++) {
            if (Double.isFinite(w0s[i]) && Double.isFinite(w1s[i])) {
                include(box, w0s[i], w1s[i]);
            }
        }
        if (box[0] > box[1]) {
            box = new double[] {0, 0, 0, 0};
        }
        return new double[] {pad(box[0], box[1], -1), pad(box[0], box[1], 1), pad(box[2], box[3], -1),
                pad(box[2], box[3], 1)};
    }

    private static void include(double[] box, double w0, double w1) {
        box[0] = Math.min(box[0], w0);
        box[1] = Math.max(box[1], w0);
        box[2] = Math.min(box[2], w1);
        box[3] = Math.max(box[3], w1);
    }

    /** One end of [low, high] widened by a quarter of its span, and to at least 0.2*(1 + |centre|) each way. */
    private static double pad(double low, double high, int side) {
        double centre = (low + high) / 2;
        double half = Math.max(0.75 * (high - low), 0.2 * (1 + Math.abs(centre)));
        return centre + side * half;
    }
}
