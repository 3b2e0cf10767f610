package org.gradientlab.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.Exp;
import org.gradientlab.engine.optim.Adam;
import org.gradientlab.engine.optim.GradientDescent;
import org.gradientlab.engine.optim.Momentum;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.RmsProp;
import org.junit.jupiter.api.Test;

class NetworkRunTest {

    private static final NetworkParameters START = new NetworkParameters(0.5, 0, -0.3, 0);
    private static final DataSet PAIRS = new DataSet(new double[] {1.5, -0.5, 0.25}, new double[] {0, 1, 1});

    private static NetworkRun run(Optimizer optimizer, Cost cost) {
        return new NetworkRun(new NetworkProblem(PAIRS, cost), optimizer, START);
    }

    @Test
    void recordsEveryStepAsTheStepperReachedIt() {
        NetworkRun run = run(new Adam(0.9, 0.999, 1e-8), Cost.XENT);
        NetworkStepper stepper = new NetworkStepper(new NetworkProblem(PAIRS, Cost.XENT), new Adam(0.9, 0.999, 1e-8), START);
        assertEquals(stepper.state(), run.state(0));
        for (int k = 1; k <= 5; k++) {
            assertTrue(run.step(0.2));
            stepper.update(0.2);
            assertEquals(stepper.state(), run.current());
            assertEquals(stepper.state(), run.state(k));
        }
        assertEquals(run.state(5), run.current());
        // Read back later, each kept step is still the state the stepper had there, bit for bit.
        NetworkStepper again = new NetworkStepper(new NetworkProblem(PAIRS, Cost.XENT), new Adam(0.9, 0.999, 1e-8), START);
        for (int k = 0; k <= 5; k++) {
            assertEquals(again.state(), run.state(k), "step " + k);
            again.update(0.2);
        }
        assertEquals(0, run.firstKeptStep());
        assertTrue(run.isKept(5));
        assertFalse(run.isKept(6));
    }

    @Test
    void recordsTheLearningRateOfEachUpdate() {
        NetworkRun run = run(new GradientDescent(), Cost.MSE);
        run.step(0.1);
        run.step(0.2);
        run.step(0.3);
        assertEquals(0.1, run.learningRateAt(0));
        assertEquals(0.2, run.learningRateAt(1));
        assertEquals(0.3, run.learningRateAt(2));
        assertTrue(Double.isNaN(run.learningRateAt(3)), "no update has left the current step");
        NetworkState two = run.state(2);
        assertEquals(two.w1() - 0.3 * two.gradW1(), run.current().w1());
        run.stepBack();
        assertTrue(Double.isNaN(run.learningRateAt(2)), "step back makes step 2 current again");
    }

    @Test
    void stepBackRestoresMomentumState() {
        assertStepBackIsExact(new Momentum(0.9));
    }

    @Test
    void stepBackRestoresRmsPropState() {
        assertStepBackIsExact(new RmsProp(0.9, 1e-8));
    }

    @Test
    void stepBackRestoresAdamStateAndStepCounter() {
        assertStepBackIsExact(new Adam(0.9, 0.999, 1e-8));
    }

    /** Three steps, back one, then one more must equal two steps then one from a fresh run. */
    private static void assertStepBackIsExact(Optimizer optimizer) {
        NetworkRun steppedBack = run(optimizer, Cost.MSE);
        steppedBack.step(0.3);
        steppedBack.step(0.3);
        steppedBack.step(0.3);
        assertTrue(steppedBack.stepBack());
        assertEquals(2, steppedBack.current().step());
        steppedBack.step(0.05);

        NetworkRun straight = run(optimizer, Cost.MSE);
        straight.step(0.3);
        straight.step(0.3);
        straight.step(0.05);

        assertEquals(straight.current(), steppedBack.current());
        assertEquals(4 * optimizer.stateSize(), straight.optimizerStateSize());
        double[] expectedState = new double[straight.optimizerStateSize()];
        double[] actualState = new double[steppedBack.optimizerStateSize()];
        straight.optimizerStateAt(3, expectedState);
        steppedBack.optimizerStateAt(3, actualState);
        assertArrayEquals(expectedState, actualState);
        // A fourth step exposes any state that step back failed to restore.
        straight.step(0.3);
        steppedBack.step(0.3);
        assertEquals(straight.current(), steppedBack.current());
    }

    @Test
    void stepBackAtTheStartDoesNothing() {
        NetworkRun run = run(new GradientDescent(), Cost.MSE);
        NetworkState start = run.current();
        assertFalse(run.stepBack());
        assertEquals(start, run.current());
    }

    @Test
    void divergesWhereCrossEntropyBecomesInfinite() {
        // Gradient ascent (a negative rate) on xent with y = 0 pushes yhat up until it rounds to 1.0,
        // where -ln(1 - yhat) is infinite. The step is found by a plain loop of SPEC's formulas.
        long expected = firstInfiniteCrossEntropyStep(-2.0);
        assertTrue(expected > 5 && expected < 1000, "expected " + expected);
        NetworkRun run = new NetworkRun(new NetworkProblem(DataSet.single(1.5, 0), Cost.XENT), new GradientDescent(), START);
        long taken = 0;
        while (run.step(-2.0)) {
            taken++;
        }
        assertEquals(expected - 1, taken);
        assertTrue(run.isDiverged());
        assertEquals(expected, run.divergedAt());
        assertEquals(expected - 1, run.current().step(), "stays at the last finite state");
        assertTrue(run.current().isFinite());
        assertEquals(run.state(expected - 1), run.current());
        assertFalse(run.step(-2.0), "the same rate diverges again");
        assertTrue(run.step(0.5), "a rate downhill goes on from the last finite state");
        assertFalse(run.isDiverged());
        assertEquals(-1, run.divergedAt());
        assertEquals(expected, run.current().step());
    }

    /** SPEC section 3 and gd written out: the first step whose xent cost is not finite. */
    private static long firstInfiniteCrossEntropyStep(double lr) {
        double x = 1.5;
        double w1 = 0.5;
        double b1 = 0;
        double w2 = -0.3;
        double b2 = 0;
        for (long k = 0; ; k++) {
            double a1 = 1 / (1 + Exp.exp(-(w1 * x + b1)));
            double yhat = 1 / (1 + Exp.exp(-(w2 * a1 + b2)));
            double cost = -(0 * Math.log(yhat) + (1 - 0) * Math.log(1 - yhat));
            if (!Double.isFinite(cost)) {
                return k;
            }
            double delta2 = yhat - 0;
            double delta1 = delta2 * w2 * a1 * (1 - a1);
            w1 = w1 - lr * (delta1 * x);
            b1 = b1 - lr * delta1;
            w2 = w2 - lr * (delta2 * a1);
            b2 = b2 - lr * delta2;
        }
    }

    @Test
    void aHugeRateDivergesAtStepOne() {
        // With y = 1 an enormous step sends yhat to exactly 1.0, and xent's 0*ln(0) is NaN
        NetworkRun run = new NetworkRun(new NetworkProblem(DataSet.single(1, 1), Cost.XENT), new GradientDescent(), START);
        NetworkState start = run.current();
        assertFalse(run.step(1e300));
        assertEquals(1, run.divergedAt());
        assertEquals(start, run.current());
        assertFalse(run.stepBack(), "nothing before step 0");
        assertTrue(run.step(0.1));
        assertEquals(1, run.current().step());
    }

    @Test
    void stepBackLeavesDivergence() {
        NetworkRun run = new NetworkRun(new NetworkProblem(DataSet.single(1, 1), Cost.XENT), new GradientDescent(), START);
        assertTrue(run.step(0.1));
        assertFalse(run.step(1e300));
        assertEquals(2, run.divergedAt());
        assertTrue(run.stepBack());
        assertFalse(run.isDiverged());
        assertEquals(0, run.current().step());
    }

    @Test
    void aStartThatIsNotFiniteIsDivergedAtStepZero() {
        NetworkRun run = new NetworkRun(new NetworkProblem(DataSet.single(10, 0), Cost.MSE), new GradientDescent(),
                new NetworkParameters(1e308, 0, 1, 0));
        assertTrue(run.isDiverged());
        assertEquals(0, run.divergedAt());
        assertFalse(run.step(0.1));
        assertFalse(run.isKept(0));
    }

    @Test
    void peekNextIsWhereTheNextStepGoesAndChangesNothing() {
        NetworkRun run = run(new Momentum(0.9), Cost.XENT);
        run.step(0.4);
        NetworkState now = run.current();
        NetworkParameters next = run.peekNext(0.4);
        assertEquals(now, run.current());
        assertEquals(1, run.current().step());
        assertTrue(Double.isNaN(run.learningRateAt(1)));
        run.step(0.4);
        assertEquals(next, run.current().parameters());
    }

    @Test
    void stepBackReachesOnlyAsFarAsTheCapacity() {
        NetworkRun run = new NetworkRun(new NetworkProblem(PAIRS, Cost.MSE), new Momentum(0.5), START, 3);
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
}
