package org.gradientlab.engine.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two-points-a-turn loop gives the bits of the plain one-point, left-to-right loop, at every length. */
class ResidualSumsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 7, 1000, 1001})
    void overAllIsThePlainLeftToRightSum(int n) {
        Random random = new Random(n);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = random.nextGaussian() * 1e3;
            y[j] = random.nextGaussian() * 1e-3 + x[j] * 7;
        }
        double w0 = 0.3;
        double w1 = -1.7;
        double sumR = 0;
        double sumRX = 0;
        double sumRR = 0;
        for (int j = 0; j < n; j++) {
            double r = y[j] - (w0 + w1 * x[j]);
            sumR += r;
            sumRX += r * x[j];
            sumRR += r * r;
        }
        ResidualSums sums = new ResidualSums();
        sums.overAll(x, y, w0, w1);
        assertEquals(n, sums.count);
        assertEquals(sumR, sums.sumResiduals, 0.0);
        assertEquals(sumRX, sums.sumResidualsTimesX, 0.0);
        assertEquals(sumRR, sums.sumOfSquares, 0.0);
        assertEquals(sumRR, ResidualSums.sumOfSquares(x, y, w0, w1), 0.0);
    }
}
