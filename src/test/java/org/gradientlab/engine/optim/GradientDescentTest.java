package org.gradientlab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GradientDescentTest {

    private final Optimizer gd = new GradientDescent();

    @Test
    void keepsNoState() {
        assertEquals(0, gd.stateSize());
        assertEquals("gd", gd.name());
    }

    @Test
    void stepsAgainstTheGradientOfEachParameter() {
        double[] w = {3, -1};
        // w <- w - lr*g: 3 - 0.25*2 = 2.5 and -1 - 0.25*(-4) = 0
        gd.update(w, new double[] {2, -4}, 0.25, new double[0], 1);
        assertArrayEquals(new double[] {2.5, 0.0}, w);
    }

    @Test
    void threeStepsOnWSquaredHalveWEachTime() {
        double[] w = {1};
        double[] g = new double[1];
        double[] expected = {0.5, 0.25, 0.125};
        for (int t = 1; t <= 3; t++) {
            g[0] = 2 * w[0];
            // w <- w - 0.25*2w = w/2
            gd.update(w, g, 0.25, new double[0], t);
            assertEquals(expected[t - 1], w[0]);
        }
    }
}
