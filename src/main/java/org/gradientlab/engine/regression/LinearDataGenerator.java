package org.gradientlab.engine.regression;

import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.Lcg48Random;

/**
 * Made-up data for the regression lesson and {@code regression --generate}: points on the line
 * y = intercept + slope*x plus noise. For point i = 0, 1, ..., n-1 in turn, one
 * {@code java.util.Random(seed)} draws 13 numbers u = {@code nextDouble()}, and
 * <pre>
 *   x_i = xMin + (xMax - xMin) * u_0
 *   z_i = u_1 + u_2 + ... + u_12 - 6          (summed left to right, then 6 taken off)
 *   y_i = intercept + slope * x_i + noiseSd * z_i
 * </pre>
 * evaluated left to right in double arithmetic ({@link Lcg48Random} is that generator without the
 * atomic field). z is the classic sum of twelve uniforms: mean 0,
 * variance 1, close to a standard normal (within +-6). It is used instead of
 * {@code nextGaussian()}, whose logarithm (fdlibm's) other languages' libraries do not match to the
 * last bit, so that any language with the documented generator of {@code java.util.Random} and
 * IEEE doubles gets the same data. With {@link #DEFAULT}, x = u_0 is uniform in [0, 1) and
 * y = 1 + 2*x + 0.25*z; x in [0, 1) keeps mean-reduced batch descent stable up to lr of about 1.5.
 *
 * @param intercept the true w0
 * @param slope     the true w1
 * @param noiseSd   the standard deviation of the noise added to y
 * @param xMin      the smallest x (inclusive)
 * @param xMax      the largest x (exclusive)
 */
public record LinearDataGenerator(double intercept, double slope, double noiseSd, double xMin, double xMax) {

    /** y = 1 + 2*x + 0.25*z with x in [0, 1): what {@code --generate} uses. */
    public static final LinearDataGenerator DEFAULT = new LinearDataGenerator(1, 2, 0.25, 0, 1);

    /** Uniforms summed into one noise value. */
    private static final int UNIFORMS_PER_NOISE = 12;

    /** n points drawn from the seed; a shorter run is a prefix of a longer one. */
    public DataSet generate(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n " + n + " is below 1");
        }
        Lcg48Random random = new Lcg48Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xMin + (xMax - xMin) * random.nextDouble();
            double uniforms = 0;
            for (int k = 0; k < UNIFORMS_PER_NOISE; k++) {
                uniforms += random.nextDouble();
            }
            double noise = uniforms - 6;
            y[i] = intercept + slope * x[i] + noiseSd * noise;
        }
        return new DataSet(x, y);
    }
}
