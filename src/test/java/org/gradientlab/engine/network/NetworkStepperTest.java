package org.gradientlab.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.Adam;
import org.gradientlab.engine.optim.GradientDescent;
import org.gradientlab.engine.optim.Momentum;
import org.gradientlab.engine.optim.Schedule;
import org.junit.jupiter.api.Test;

class NetworkStepperTest {

    private static final NetworkParameters START = new NetworkParameters(0.5, 0, -0.3, 0);

    private static NetworkProblem oneProblem(Cost cost) {
        return new NetworkProblem(DataSet.single(1.5, 0), cost);
    }

    @Test
    void startsEvaluatedAtTheGivenParameters() {
        NetworkStepper stepper = new NetworkStepper(oneProblem(Cost.MSE), new GradientDescent(), START);
        NetworkPass pass = TwoNodeNetwork.pass(1.5, 0, 0.5, 0, -0.3, 0, Cost.MSE);
        assertEquals(new NetworkState(0, 0.5, 0, -0.3, 0, pass.z1(), pass.a1(), pass.z2(), pass.yhat(), pass.cost(),
                pass.delta2(), pass.delta1(), pass.gradW1(), pass.gradB1(), pass.gradW2(), pass.gradB2()), stepper.state());
        assertTrue(stepper.isFinite());
        assertTrue(stepper.state().isFinite());
    }

    @Test
    void gradientDescentMovesAllFourFromTheSamePoint() {
        NetworkStepper stepper = new NetworkStepper(oneProblem(Cost.XENT), new GradientDescent(), START);
        NetworkPass before = TwoNodeNetwork.pass(1.5, 0, 0.5, 0, -0.3, 0, Cost.XENT);
        stepper.update(0.5);
        NetworkState after = stepper.state();
        assertEquals(1, after.step());
        assertEquals(0.5 - 0.5 * before.gradW1(), after.w1());
        assertEquals(0 - 0.5 * before.gradB1(), after.b1());
        assertEquals(-0.3 - 0.5 * before.gradW2(), after.w2());
        assertEquals(0 - 0.5 * before.gradB2(), after.b2());
        NetworkPass at = TwoNodeNetwork.pass(1.5, 0, after.w1(), after.b1(), after.w2(), after.b2(), Cost.XENT);
        assertEquals(at.cost(), after.cost());
        assertEquals(at.gradW1(), after.gradW1());
        assertTrue(after.cost() < before.cost(), "a small step downhill lowers the cost");
    }

    @Test
    void keepsMomentumPerParameter() {
        NetworkStepper stepper = new NetworkStepper(oneProblem(Cost.MSE), new Momentum(0.5), START);
        double[] g = {stepper.gradient(0), stepper.gradient(1), stepper.gradient(2), stepper.gradient(3)};
        stepper.update(0.1);
        double[] v = new double[4];
        stepper.copyOptimizerState(v);
        assertArrayEquals(new double[] {0.5 * g[0], 0.5 * g[1], 0.5 * g[2], 0.5 * g[3]}, v);
        assertEquals(4, stepper.optimizerStateSize());
    }

    @Test
    void peekingChangesNothing() {
        NetworkStepper stepper = new NetworkStepper(oneProblem(Cost.MSE), new Adam(0.9, 0.999, 1e-8), START);
        stepper.update(0.1);
        NetworkState now = stepper.state();
        NetworkParameters peeked = stepper.peekUpdate(0.1);
        assertEquals(now, stepper.state());
        stepper.update(0.1);
        assertEquals(stepper.state().parameters(), peeked);
    }

    @Test
    void notFiniteWhenZ1Overflows() {
        NetworkStepper stepper = new NetworkStepper(new NetworkProblem(DataSet.single(10, 0), Cost.MSE),
                new GradientDescent(), new NetworkParameters(1e308, 0, 1, 0));
        assertEquals(Double.POSITIVE_INFINITY, stepper.state().z1());
        assertFalse(stepper.isFinite());
        assertFalse(stepper.state().isFinite());
    }

    @Test
    void updatesWhileFiniteAreTheSingleUpdatesOnOnePair() {
        for (Cost cost : Cost.values()) {
            NetworkStepper batched = new NetworkStepper(oneProblem(cost), new GradientDescent(), START);
            NetworkStepper single = new NetworkStepper(oneProblem(cost), new GradientDescent(), START);
            assertEquals(0, batched.updateWhileFinite(0.5, 0));
            assertEquals(1_000, batched.updateWhileFinite(0.5, 1_000));
            for (int k = 0; k < 1_000; k++) {
                single.update(0.5);
            }
            // Records compare their doubles bit for bit (Double.compare), so -0.0 differs from 0.0 here.
            assertEquals(single.state(), batched.state(), cost.label());
            assertEquals(single.problem().meanGradient(NetworkParameters.B2), batched.problem().meanGradient(NetworkParameters.B2));
            single.update(0.5);
            batched.update(0.5);
            assertEquals(single.state(), batched.state(), "the gradient left for the next update, " + cost.label());
        }
    }

    @Test
    void updatesWhileFiniteStopAtTheFirstStateThatIsNotFinite() {
        // Gradient ascent on xent with y = 0 drives yhat to exactly 1, where the cost is infinite
        NetworkStepper batched = new NetworkStepper(oneProblem(Cost.XENT), new GradientDescent(), START);
        NetworkStepper single = new NetworkStepper(oneProblem(Cost.XENT), new GradientDescent(), START);
        long updates = 0;
        while (single.isFinite()) {
            single.update(-2);
            updates++;
        }
        assertTrue(updates > 10 && updates < 1_000, updates + " updates");
        assertEquals(updates, batched.updateWhileFinite(-2, 1_000));
        assertEquals(single.state(), batched.state());
        assertFalse(batched.isFinite());
    }

    @Test
    void updatesWhileFiniteWithAnotherOptimizerScheduleOrSeveralPairsAreTheSingleUpdates() {
        NetworkProblem pairs = new NetworkProblem(new DataSet(new double[] {1.5, -1, 0.25}, new double[] {0, 1, 1}), Cost.MSE);
        NetworkProblem samePairs = new NetworkProblem(new DataSet(new double[] {1.5, -1, 0.25}, new double[] {0, 1, 1}), Cost.MSE);
        Schedule warmup = new Schedule(Schedule.Kind.COSINE, 0.5, 100, 0.1, 20);
        NetworkStepper[][] twins = {
            {new NetworkStepper(oneProblem(Cost.MSE), new Momentum(0.9), START),
             new NetworkStepper(oneProblem(Cost.MSE), new Momentum(0.9), START)},
            {new NetworkStepper(oneProblem(Cost.MSE), new GradientDescent(), warmup, START),
             new NetworkStepper(oneProblem(Cost.MSE), new GradientDescent(), warmup, START)},
            {new NetworkStepper(pairs, new GradientDescent(), START), new NetworkStepper(samePairs, new GradientDescent(), START)}};
        for (NetworkStepper[] twin : twins) {
            assertEquals(300, twin[0].updateWhileFinite(0.5, 300));
            for (int k = 0; k < 300; k++) {
                twin[1].update(0.5);
            }
            assertEquals(twin[1].state(), twin[0].state());
        }
    }

    @Test
    void updatingAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counting needs HotSpot");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        NetworkStepper stepper = new NetworkStepper(oneProblem(Cost.XENT), new Adam(0.9, 0.999, 1e-8), START);
        for (int k = 0; k < 20_000; k++) {
            stepper.update(1e-3);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        double sink = 0;
        for (int k = 0; k < 200_000; k++) {
            stepper.update(1e-3);
            sink += stepper.isFinite() ? stepper.param(NetworkParameters.W2) : 0;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 10_000, allocated + " bytes allocated; sink " + sink);
    }
}
