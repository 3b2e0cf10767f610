package org.gradientlab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RmsPropTest {

    @Test
    void oneStateValuePerParameter() {
        RmsProp rmsProp = new RmsProp(0.9, 1e-8);
        assertEquals(1, rmsProp.stateSize());
        assertEquals("rmsprop", rmsProp.name());
    }

    @Test
    void twoStepsWorkedByHand() {
        RmsProp rmsProp = new RmsProp(0.75, 0);
        double[] w = {1};
        double[] s = {0};
        // t=1: g=2:  s = 0.75*0 + 0.25*4 = 1;       w = 1 - 0.5*2/(sqrt(1)+0) = 0
        rmsProp.update(w, new double[] {2}, 0.5, s, 1);
        assertEquals(1, s[0]);
        assertEquals(0, w[0]);
        // t=2: g=-2: s = 0.75*1 + 0.25*4 = 1.75;    w = 0 + 0.5*2/sqrt(1.75) = 0.75592894601845...
        rmsProp.update(w, new double[] {-2}, 0.5, s, 2);
        assertEquals(1.75, s[0]);
        assertEquals(0.7559289460184544, w[0], 1e-15);
    }

    @Test
    void epsIsAddedOutsideTheSquareRoot() {
        RmsProp rmsProp = new RmsProp(0.75, 1);
        double[] w = {1};
        // s = 1; w = 1 - 0.5*2/(sqrt(1)+1) = 0.5 (inside the root it would be 1 - 1/sqrt(2))
        rmsProp.update(w, new double[] {2}, 0.5, new double[1], 1);
        assertEquals(0.5, w[0]);
    }

    @Test
    void eachParameterKeepsItsOwnState() {
        RmsProp rmsProp = new RmsProp(0.75, 0);
        double[] w = {1, 1};
        double[] s = new double[2];
        // s0 = 0.25*4 = 1, w0 = 1 - 0.5*2/1 = 0;  s1 = 0.25*64 = 16, w1 = 1 + 0.5*8/4 = 2
        rmsProp.update(w, new double[] {2, -8}, 0.5, s, 1);
        assertArrayEquals(new double[] {1, 16}, s);
        assertArrayEquals(new double[] {0, 2}, w);
    }
}
