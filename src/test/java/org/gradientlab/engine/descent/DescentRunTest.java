package org.gradientlab.engine.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.optim.Adam;
import org.gradientlab.engine.optim.GradientDescent;
import org.gradientlab.engine.optim.Momentum;
import org.gradientlab.engine.optim.Optimizer;
import org.junit.jupiter.api.Test;

class DescentRunTest {

    @Test
    void recordsEachStepOnWSquared() {
        DescentRun run = new DescentRun(new WSquared(), new GradientDescent(), 1);
        assertTrue(run.step(0.25));
        assertTrue(run.step(0.25));
        assertEquals(new DescentState(0, 1, 1, 2), run.state(0));
        assertEquals(new DescentState(1, 0.5, 0.25, 1), run.state(1));
        assertEquals(new DescentState(2, 0.25, 0.0625, 0.5), run.state(2));
        assertEquals(run.state(2), run.current());
    }

    @Test
    void earlierStatesReadBackBitForBitAndReadingThemChangesNothing() throws Exception {
        org.gradientlab.engine.expr.Expression f = org.gradientlab.engine.expr.Expression.parse("sin(3*w) + 0.1*w^2");
        DescentRun run = new DescentRun(f.evaluator(), new Adam(0.9, 0.999, 1e-8), 1.3);
        DescentStepper twin = new DescentStepper(f.evaluator(), new Adam(0.9, 0.999, 1e-8), 1.3);
        java.util.List<DescentState> seen = new java.util.ArrayList<>(java.util.List.of(twin.state()));
        for (int k = 1; k <= 50; k++) {
            assertTrue(run.step(0.05));
            run.state(k / 2);
            twin.update(0.05);
            seen.add(twin.state());
            assertEquals(twin.state(), run.current(), "step " + k);
        }
        for (int k = 0; k <= 50; k++) {
            assertEquals(seen.get(k), run.state(k), "step " + k);
        }
    }

    @Test
    void recordsTheLearningRateOfEachUpdate() {
        DescentRun run = new DescentRun(new WSquared(), new GradientDescent(), 1);
        run.step(0.1);
        run.step(0.2);
        run.step(0.3);
        assertEquals(0.1, run.learningRateAt(0));
        assertEquals(0.2, run.learningRateAt(1));
        assertEquals(0.3, run.learningRateAt(2));
        assertTrue(Double.isNaN(run.learningRateAt(3)), "no update has left the current step");
        // w1 = 1 - 0.1*2 = 0.8; w2 = 0.8 - 0.2*1.6 = 0.48
        assertEquals(0.48, run.state(2).w(), 1e-15);
        run.stepBack();
        assertTrue(Double.isNaN(run.learningRateAt(2)), "step back makes step 2 current again");
    }

    @Test
    void stepBackRestoresWAndMomentumState() {
        assertStepBackIsExact(new Momentum(0.9));
    }

    @Test
    void stepBackRestoresAdamStateAndStepCounter() {
        assertStepBackIsExact(new Adam(0.9, 0.999, 1e-8));
    }

    /** Three steps, back one, then one more must equal two steps then one from a fresh run. */
    private static void assertStepBackIsExact(Optimizer optimizer) {
        DescentRun steppedBack = new DescentRun(new WSquared(), optimizer, 1.5);
        steppedBack.step(0.1);
        steppedBack.step(0.1);
        steppedBack.step(0.1);
        assertTrue(steppedBack.stepBack());
        assertEquals(2, steppedBack.current().step());
        steppedBack.step(0.05);

        DescentRun straight = new DescentRun(new WSquared(), optimizer, 1.5);
        straight.step(0.1);
        straight.step(0.1);
        straight.step(0.05);

        assertEquals(straight.current(), steppedBack.current());
        double[] expectedState = new double[straight.optimizerStateSize()];
        double[] actualState = new double[steppedBack.optimizerStateSize()];
        straight.optimizerStateAt(3, expectedState);
        steppedBack.optimizerStateAt(3, actualState);
        assertArrayEquals(expectedState, actualState);
        // A fourth step exposes any state that step back failed to restore.
        straight.step(0.1);
        steppedBack.step(0.1);
        assertEquals(straight.current(), steppedBack.current());
    }

    @Test
    void stepBackAtTheStartDoesNothing() {
        DescentRun run = new DescentRun(new WSquared(), new GradientDescent(), 1);
        assertFalse(run.stepBack());
        assertEquals(new DescentState(0, 1, 1, 2), run.current());
    }

    @Test
    void divergesAtTheStepWhereFOverflows() {
        // lr 1.5 on w^2 multiplies w by -2: w_k = (-2)^k, and f = 4^k is infinite first at k = 512
        DescentRun run = new DescentRun(new WSquared(), new GradientDescent(), 1);
        int taken = 0;
        while (run.step(1.5)) {
            taken++;
        }
        assertEquals(511, taken);
        assertTrue(run.isDiverged());
        assertEquals(512, run.divergedAt());
        assertEquals(new DescentState(511, -Math.scalb(1.0, 511), Math.scalb(1.0, 1022), -Math.scalb(1.0, 512)), run.current());
        assertFalse(run.step(1.5), "the same rate diverges again");
        assertEquals(511, run.current().step());
        assertTrue(run.step(0.001), "a smaller rate goes on from the last finite state");
        assertFalse(run.isDiverged());
        assertEquals(512, run.current().step());
        assertEquals(-Math.scalb(1.0, 511) - 0.001 * -Math.scalb(1.0, 512), run.current().w());
    }

    @Test
    void stepBackLeavesDivergence() {
        // w1 = 1e100 - 1e200*2e100 = -2e300, whose square overflows
        DescentRun run = new DescentRun(new WSquared(), new GradientDescent(), 1e100);
        assertFalse(run.step(1e200));
        assertEquals(1, run.divergedAt());
        assertEquals(new DescentState(0, 1e100, 1e200, 2e100), run.current(), "stays at the last finite state");
        assertFalse(run.stepBack(), "nothing before step 0");
        assertTrue(run.step(0.25), "a smaller rate goes on");
        assertEquals(new DescentState(1, 0.5e100, 0.25e200, 1e100), run.current());
        run = new DescentRun(new WSquared(), new GradientDescent(), 1e100);
        assertTrue(run.step(0.25));
        assertFalse(run.step(1e200));
        assertEquals(2, run.divergedAt());
        assertTrue(run.stepBack());
        assertFalse(run.isDiverged());
        assertEquals(-1, run.divergedAt());
        assertEquals(0, run.current().step());
    }

    @Test
    void aStartThatIsNotFiniteIsDivergedAtStepZero() {
        DifferentiableFunction reciprocal = new DifferentiableFunction() {
            private double w;

            @Override
            public void evaluate(double w) {
                this.w = w;
            }

            @Override
            public double value() {
                return 1 / w;
            }

            @Override
            public double derivative() {
                return -1 / (w * w);
            }
        };
        DescentRun run = new DescentRun(reciprocal, new GradientDescent(), 0);
        assertTrue(run.isDiverged());
        assertEquals(0, run.divergedAt());
        assertFalse(run.step(0.1));
    }

    @Test
    void stepBackReachesOnlyAsFarAsTheCapacity() {
        DescentRun run = new DescentRun(new WSquared(), new Momentum(0.5), 1, 3);
        for (int k = 0; k < 5; k++) {
            run.step(0.1);
        }
        assertEquals(3, run.firstKeptStep());
        assertTrue(run.stepBack());
        assertTrue(run.stepBack());
        assertFalse(run.stepBack(), "step 2 was dropped");
        assertEquals(3, run.current().step());
        assertEquals(run.state(3), run.current());
    }

    @Test
    void eachRowKeepsItsRateAcrossWrapsStepsBackAndDivergences() {
        // Capacity 3 in a ring of 4: rows are evicted and their slots reused many times over.
        DescentRun run = new DescentRun(new WSquared(), new Momentum(0.5), 1, 3);
        for (int k = 1; k <= 10; k++) {
            assertTrue(run.step(0.01 * k));
        }
        assertTrue(run.stepBack());
        assertTrue(Double.isNaN(run.learningRateAt(9)), "step 9 is current again");
        assertFalse(run.step(1e300), "an update to infinity is not taken");
        assertTrue(Double.isNaN(run.learningRateAt(9)), "the refused update leaves no rate behind");
        assertTrue(run.step(0.25));
        assertTrue(run.step(0.5));
        assertEquals(9, run.firstKeptStep());
        assertEquals(0.25, run.learningRateAt(9));
        assertEquals(0.5, run.learningRateAt(10));
        assertTrue(Double.isNaN(run.learningRateAt(11)));
        assertFalse(run.isKept(8), "step 8 was dropped");
    }
}
