package org.gradientlab.engine.regression;

import org.gradientlab.engine.DataSet;

/**
 * What the loss of SPEC section 4 needs to know about the data: it is quadratic in (w0, w1), so
 * <pre>
 *   sum_j (y_j - w0 - w1*x_j)^2 = syy - 2*w1*sxy + w1^2*sxx + n*(meanY - w0 - w1*meanX)^2
 * </pre>
 * with sxx = sum (x - meanX)^2, sxy = sum (x - meanX)(y - meanY), syy = sum (y - meanY)^2. This is the
 * closed form of n, sum x, sum y, sum x^2, sum xy and sum y^2, kept about the means because the raw
 * sums cancel badly when the data sit far from 0. O(1) per (w0, w1), for contour plots; it agrees
 * with {@link LossSurface#loss} to rounding, not bit for bit.
 *
 * @param count the number of points n
 * @param meanX sum x / n
 * @param meanY sum y / n
 * @param sxx   sum (x - meanX)^2
 * @param sxy   sum (x - meanX)*(y - meanY)
 * @param syy   sum (y - meanY)^2
 */
public record SufficientStatistics(int count, double meanX, double meanY, double sxx, double sxy, double syy) {

    /** Two passes over the data: the means, then the centred sums. */
    public static SufficientStatistics of(DataSet data) {
        double[] x = data.x();
        double[] y = data.y();
        int n = x.length;
        double sumX = 0;
        double sumY = 0;
        for (int j = 0; j < n; j++) {
            sumX += x[j];
            sumY += y[j];
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int j = 0; j < n; j++) {
            double dx = x[j] - meanX;
            double dy = y[j] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        return new SufficientStatistics(n, meanX, meanY, sxx, sxy, syy);
    }

    /** The loss at (w0, w1) over the whole data set, with the given reduction. */
    public double loss(double w0, double w1, Reduction reduction) {
        // A sum of squares about the fitted slope: never negative, though rounding may say so.
        double spread = Math.max(0, syy - 2 * w1 * sxy + w1 * w1 * sxx);
        double offsetAtMean = meanY - (w0 + w1 * meanX);
        return reduction.loss(spread + count * (offsetAtMean * offsetAtMean), count);
    }

    /** The least-squares slope sxy / sxx (NaN when every x is the same). */
    public double bestW1() {
        return sxy / sxx;
    }

    /** The least-squares intercept meanY - bestW1 * meanX. */
    public double bestW0() {
        return meanY - bestW1() * meanX;
    }
}
