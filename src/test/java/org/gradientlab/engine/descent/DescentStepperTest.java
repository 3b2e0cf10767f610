package org.gradientlab.engine.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.engine.optim.GradientDescent;
import org.gradientlab.engine.optim.Momentum;
import org.junit.jupiter.api.Test;

class DescentStepperTest {

    @Test
    void startsAtW0WithFAndGradEvaluated() {
        DescentStepper stepper = new DescentStepper(new WSquared(), new GradientDescent(), 3);
        assertEquals(new DescentState(0, 3, 9, 6), stepper.state());
        assertTrue(stepper.isFinite());
    }

    @Test
    void gradientDescentOnWSquaredByHand() {
        DescentStepper stepper = new DescentStepper(new WSquared(), new GradientDescent(), 1);
        // w <- w - 0.25*2w = w/2
        stepper.update(0.25);
        assertEquals(new DescentState(1, 0.5, 0.25, 1), stepper.state());
        stepper.update(0.25);
        assertEquals(new DescentState(2, 0.25, 0.0625, 0.5), stepper.state());
    }

    @Test
    void keepsTheOptimizerStateBetweenUpdates() {
        DescentStepper stepper = new DescentStepper(new WSquared(), new Momentum(0.5), 1);
        double[] v = new double[1];
        // t=1: g=2, v=1, w=0.5; t=2: g=1, v=0.5*1+0.5*1=1, w=0
        stepper.update(0.5);
        stepper.copyOptimizerState(v);
        assertEquals(1, v[0]);
        stepper.update(0.5);
        assertEquals(0, stepper.w());
        stepper.copyOptimizerState(v);
        assertEquals(1, v[0]);
    }

    @Test
    void notFiniteOnceFOverflows() {
        // lr 1.5 on w^2 multiplies w by -2 each step; f = 4^k overflows at k = 512
        DescentStepper stepper = new DescentStepper(new WSquared(), new GradientDescent(), 1);
        for (int k = 1; k < 512; k++) {
            stepper.update(1.5);
            assertTrue(stepper.isFinite(), "step " + k);
        }
        stepper.update(1.5);
        assertEquals(Math.scalb(1.0, 512), stepper.w());
        assertFalse(stepper.isFinite());
    }

    @Test
    void moveToSetsStepWAndOptimizerState() {
        DescentStepper stepper = new DescentStepper(new WSquared(), new Momentum(0.5), 1);
        stepper.moveTo(7, 2, new double[] {4});
        assertEquals(new DescentState(7, 2, 4, 4), stepper.state());
        // v = 0.5*4 + 0.5*4 = 4, w = 2 - 0.25*4 = 1
        stepper.update(0.25);
        assertEquals(new DescentState(8, 1, 1, 2), stepper.state());
    }
}
