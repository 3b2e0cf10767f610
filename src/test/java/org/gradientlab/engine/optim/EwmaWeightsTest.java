package org.gradientlab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The EWMA weights against beta^k(1-beta) and their sum 1 - beta^(K+1). */
class EwmaWeightsTest {

    @Test
    void eachWeightIsBetaToTheLagTimesOneMinusBeta() {
        double[] weights = EwmaWeights.weights(0.9, 40);
        assertEquals(41, weights.length);
        assertEquals(0.1, weights[0], 1e-15);
        assertEquals(0.09, weights[1], 1e-15);
        assertEquals(0.081, weights[2], 1e-15);
        for (int k = 0; k <= 40; k++) {
            assertEquals(Math.pow(0.9, k) * 0.1, weights[k], 1e-14, "k = " + k);
        }
    }

    @Test
    void theWeightsSumToOneMinusBetaToTheKPlusOne() {
        for (double beta : new double[] {0, 0.5, 0.9, 0.99}) {
            for (int maxLag : new int[] {0, 1, 10, 40}) {
                double sum = 0;
                for (double w : EwmaWeights.weights(beta, maxLag)) {
                    sum += w;
                }
                assertEquals(1 - Math.pow(beta, maxLag + 1), sum, 1e-12, "beta " + beta + ", K " + maxLag);
            }
        }
    }

    @Test
    void theEffectiveWindowIsOneOverOneMinusBeta() {
        assertEquals(10, EwmaWeights.effectiveWindow(0.9), 1e-12);
        assertEquals(1000, EwmaWeights.effectiveWindow(0.999), 1e-9);
        assertEquals(1, EwmaWeights.effectiveWindow(0));
    }

    @Test
    void aBetaOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EwmaWeights.weights(1, 5));
        assertThrows(IllegalArgumentException.class, () -> EwmaWeights.weights(-0.1, 5));
        assertThrows(IllegalArgumentException.class, () -> EwmaWeights.effectiveWindow(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> EwmaWeights.weights(0.9, -1));
    }
}
