package org.gradientlab.engine.regression;

import java.util.Random;
import org.gradientlab.engine.DataSet;

/**
 * Made-up data for the regression lesson and {@code regression --generate}: points on the line
 * y = intercept + slope*x plus Gaussian noise. For point i = 0, 1, ..., n-1 in turn, one
 * {@code java.util.Random(seed)} draws
 * <pre>
 *   x_i = xMin + (xMax - xMin) * random.nextDouble()
 *   y_i = intercept + slope * x_i + noiseSd * random.nextGaussian()
 * </pre>
 * evaluated left to right in Java's double arithmetic. With {@link #DEFAULT} that is x uniform in
 * [0, 10) and y = 2 + 0.5*x + N(0, 1); the same n and seed always give the same data.
 *
 * @param intercept the true w0
 * @param slope     the true w1
 * @param noiseSd   the standard deviation of the noise added to y
 * @param xMin      the smallest x (inclusive)
 * @param xMax      the largest x (exclusive)
 */
public record LinearDataGenerator(double intercept, double slope, double noiseSd, double xMin, double xMax) {

    /** y = 2 + 0.5*x + N(0, 1) with x in [0, 10): what {@code --generate} uses. */
    public static final LinearDataGenerator DEFAULT = new LinearDataGenerator(2, 0.5, 1, 0, 10);

    /** n points drawn from the seed. */
    public DataSet generate(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n " + n + " is below 1");
        }
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xMin + (xMax - xMin) * random.nextDouble();
            y[i] = intercept + slope * x[i] + noiseSd * random.nextGaussian();
        }
        return new DataSet(x, y);
    }
}
