package org.gradientlab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MomentumTest {

    @Test
    void oneStateValuePerParameter() {
        Momentum momentum = new Momentum(0.9);
        assertEquals(1, momentum.stateSize());
        assertEquals("momentum", momentum.name());
    }

    @Test
    void threeStepsOnWSquaredWorkedByHand() {
        Momentum momentum = new Momentum(0.5);
        double[] w = {1, 2};
        double[] v = new double[2];
        double[] g = new double[2];
        // Both parameters descend w^2 with g = 2w; the second starts twice as far, so it stays twice the first.
        // t=1: g=2,  v=0.5*0+0.5*2=1,      w=1-0.5*1=0.5     | g=4, v=2, w=2-1=1
        // t=2: g=1,  v=0.5*1+0.5*1=1,      w=0.5-0.5*1=0     | g=2, v=2, w=0
        // t=3: g=0,  v=0.5*1+0.5*0=0.5,    w=0-0.5*0.5=-0.25 | g=0, v=1, w=-0.5
        double[][] expectedW = {{0.5, 1}, {0, 0}, {-0.25, -0.5}};
        double[][] expectedV = {{1, 2}, {1, 2}, {0.5, 1}};
        for (int t = 1; t <= 3; t++) {
            g[0] = 2 * w[0];
            g[1] = 2 * w[1];
            momentum.update(w, g, 0.5, v, t);
            assertArrayEquals(expectedW[t - 1], w, "w after step " + t);
            assertArrayEquals(expectedV[t - 1], v, "v after step " + t);
        }
    }

    @Test
    void isAnEwmaOfGradientsNotASumOfThem() {
        Momentum momentum = new Momentum(0.9);
        double[] w = {0};
        double[] v = {0};
        // v <- 0.9*0 + (1-0.9)*10 = 1 (a sum-style momentum would give v = 10)
        momentum.update(w, new double[] {10}, 1, v, 1);
        assertEquals((1 - 0.9) * 10, v[0]);
        assertEquals(-(1 - 0.9) * 10, w[0]);
    }
}
