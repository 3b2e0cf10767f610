package org.gradientlab.app.regression;

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
     * A view of the (w0, w1) plane that holds the lowest point and the whole contour through the
     * start (so a run from the start that does not diverge stays in view), with a margin:
     * {w0 low, w0 high, w1 low, w1 high}.
     */
    public double[] frame(double startW0, double startW1) {
        if (!hasMinimum()) {
            double half0 = 1 + Math.abs(startW0);
            double half1 = 1 + Math.abs(startW1);
            return new double[] {startW0 - half0, startW0 + half0, startW1 - half1, startW1 + half1};
        }
        double best0 = statistics.bestW0();
        double best1 = statistics.bestW1();
        // The contour through the start is {d : d'Hd = c}, whose extent along axis i is sqrt(c * inverse(H)_ii).
        double c = Math.max(0, 2 * (loss(startW0, startW1) - minLoss()));
        double half0 = Math.sqrt(c * h11() / determinant());
        double half1 = Math.sqrt(c * h00() / determinant());
        half0 = Math.max(Math.max(half0, Math.abs(startW0 - best0)) * 1.15, 0.1 * (1 + Math.abs(best0)));
        half1 = Math.max(Math.max(half1, Math.abs(startW1 - best1)) * 1.15, 0.1 * (1 + Math.abs(best1)));
        return new double[] {best0 - half0, best0 + half0, best1 - half1, best1 + half1};
    }
}
