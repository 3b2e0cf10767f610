package org.gradientlab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdamTest {

    @Test
    void keepsMThenSPerParameter() {
        Adam adam = new Adam(0.9, 0.999, 1e-8);
        assertEquals(2, adam.stateSize());
        assertEquals("adam", adam.name());
    }

    @Test
    void threeStepsWithBiasCorrectionWorkedByHand() {
        Adam adam = new Adam(0.5, 0.875, 0);
        double[] w = {1};
        double[] state = new double[2];
        // t=1, g=2: m = 0.5*2 = 1; s = 0.125*4 = 0.5; mhat = 1/(1-0.5) = 2; shat = 0.5/(1-0.875) = 4
        //           w = 1 - 0.5*2/(sqrt(4)+0) = 0.5   (without the correction: 1 - 0.5*1/sqrt(0.5) = 0.29...)
        adam.update(w, new double[] {2}, 0.5, state, 1);
        assertArrayEquals(new double[] {1, 0.5}, state);
        assertEquals(0.5, w[0]);
        // t=2, g=4: m = 0.5*1 + 0.5*4 = 2.5; s = 0.875*0.5 + 0.125*16 = 2.4375
        //           mhat = 2.5/(1-0.25) = 10/3; shat = 2.4375/(1-0.765625) = 10.4
        //           w = 0.5 - 0.5*(10/3)/sqrt(10.4) = -0.0168113941217...
        adam.update(w, new double[] {4}, 0.5, state, 2);
        assertArrayEquals(new double[] {2.5, 2.4375}, state);
        assertEquals(-0.01681139412170185, w[0], 1e-15);
        // t=3, g=-1: m = 0.5*2.5 - 0.5 = 0.75; s = 0.875*2.4375 + 0.125 = 2.2578125
        //            mhat = 0.75/0.875 = 6/7; shat = 2.2578125/(1-0.669921875) = 6.84023668...
        adam.update(w, new double[] {-1}, 0.5, state, 3);
        assertArrayEquals(new double[] {0.75, 2.2578125}, state);
        assertEquals(-0.18067694034018925, w[0], 1e-15);
    }

    @Test
    void stepCounterDrivesTheCorrection() {
        Adam adam = new Adam(0.5, 0.875, 0);
        double[] w = {1};
        // The same state and gradient at t=2 instead of t=1 must move w differently.
        double[] state = new double[2];
        adam.update(w, new double[] {2}, 0.5, state, 2);
        // m = 1, s = 0.5, mhat = 1/(1-0.25) = 4/3, shat = 0.5/(1-0.765625) = 2.1333...
        double expected = 1 - 0.5 * (1 / 0.75) / Math.sqrt(0.5 / 0.234375);
        assertEquals(expected, w[0], 1e-15);
    }

    @Test
    void firstStepMovesAboutLrWhateverTheGradientSize() {
        Adam adam = new Adam(0.9, 0.999, 1e-8);
        double[] w = {0, 0};
        adam.update(w, new double[] {1000, -0.001}, 0.1, new double[4], 1);
        // mhat = g and shat = g^2 at t=1, so the step is lr*g/(|g|+eps)
        assertEquals(-0.1, w[0], 1e-9);
        assertEquals(0.1, w[1], 1e-5);
    }

    @Test
    void eachParameterKeepsItsOwnMAndS() {
        Adam adam = new Adam(0.5, 0.875, 0);
        double[] w = {1, 1};
        double[] state = new double[4];
        adam.update(w, new double[] {2, -4}, 0.5, state, 1);
        // parameter 0: m = 1, s = 0.5; parameter 1: m = -2, s = 0.125*16 = 2
        assertArrayEquals(new double[] {1, 0.5, -2, 2}, state);
        assertArrayEquals(new double[] {0.5, 1.5}, w);
    }
}
