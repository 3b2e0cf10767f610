package org.gradientlab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdaGradTest {

    @Test
    void oneStateValuePerParameter() {
        AdaGrad adaGrad = new AdaGrad(1e-8);
        assertEquals(1, adaGrad.stateSize());
        assertEquals("adagrad", adaGrad.name());
        assertEquals(OptimizerKind.ADAGRAD, adaGrad.kind());
    }

    @Test
    void threeStepsWorkedByHand() {
        AdaGrad adaGrad = new AdaGrad(0);
        double[] w = {1};
        double[] s = {0};
        // t=1: g=3:  s = 0 + 9 = 9;       w = 1 - 0.5*3/3 = 0.5
        adaGrad.update(w, new double[] {3}, 0.5, s, 1);
        assertEquals(9, s[0]);
        assertEquals(0.5, w[0]);
        // t=2: g=-4: s = 9 + 16 = 25;     w = 0.5 + 0.5*4/5 = 0.9
        adaGrad.update(w, new double[] {-4}, 0.5, s, 2);
        assertEquals(25, s[0]);
        assertEquals(0.9, w[0], 1e-15);
        // t=3: g=0:  s stays 25 (the sum never forgets), w stays
        adaGrad.update(w, new double[] {0}, 0.5, s, 3);
        assertEquals(25, s[0]);
        assertEquals(0.9, w[0], 1e-15);
    }

    @Test
    void epsIsAddedOutsideTheSquareRoot() {
        AdaGrad adaGrad = new AdaGrad(1);
        double[] w = {1};
        // s = 4; w = 1 - 0.5*2/(sqrt(4)+1) = 1 - 1/3 (inside the root it would be 1 - 1/sqrt(5))
        adaGrad.update(w, new double[] {2}, 0.5, new double[1], 1);
        assertEquals(1 - 1.0 / 3, w[0], 1e-15);
    }

    @Test
    void eachParameterKeepsItsOwnState() {
        AdaGrad adaGrad = new AdaGrad(0);
        double[] w = {1, 1};
        double[] s = new double[2];
        // s0 = 4, w0 = 1 - 0.5*2/2 = 0.5;  s1 = 64, w1 = 1 + 0.5*8/8 = 1.5
        adaGrad.update(w, new double[] {2, -8}, 0.5, s, 1);
        assertArrayEquals(new double[] {4, 64}, s);
        assertArrayEquals(new double[] {0.5, 1.5}, w);
    }
}
