package org.gradientlab.engine.regression;

import org.gradientlab.engine.DataSet;

/**
 * Feature scaling for the lesson's "scale x" toggle: x' = (x - mean) / sd, with the population
 * standard deviation sd = sqrt(sum (x - mean)^2 / n); y is unchanged. When every x is the same, sd
 * would be 0, so only the mean is taken off and sd is reported as 1.
 *
 * @param data the scaled pairs (x', y)
 * @param mean the mean of the original x
 * @param sd   the divisor used
 */
public record StandardizedX(DataSet data, double mean, double sd) {

    /** Standardises the x of a data set. */
    public static StandardizedX of(DataSet original) {
        double[] x = original.x();
        int n = x.length;
        double sum = 0;
        for (double xj : x) {
            sum += xj;
        }
        double mean = sum / n;
        double squares = 0;
        for (double xj : x) {
            squares += (xj - mean) * (xj - mean);
        }
        double sd = Math.sqrt(squares / n);
        if (sd == 0) {
            sd = 1;
        }
        double[] scaled = new double[n];
        for (int j = 0; j < n; j++) {
            scaled[j] = (x[j] - mean) / sd;
        }
        return new StandardizedX(new DataSet(scaled, original.y()), mean, sd);
    }

    /** The slope in original units of a line fitted to the scaled x: w1 = w1' / sd. */
    public double originalW1(double scaledW1) {
        return scaledW1 / sd;
    }

    /** The intercept in original units: w0 = w0' - w1' * mean / sd, so h gives the same y for the same x. */
    public double originalW0(double scaledW0, double scaledW1) {
        return scaledW0 - scaledW1 * mean / sd;
    }
}
