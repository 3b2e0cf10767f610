package org.gradientlab.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.gradientlab.engine.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The mean over a data set, SPEC section 3: summed in pair order, then divided by n. */
class NetworkProblemTest {

    private static final DataSet THREE_PAIRS = new DataSet(new double[] {-1, 0.5, 2}, new double[] {0, 1, 0.25});
    private static final double[] PARAMS = {0.8, -0.1, 1.7, 0.2};

    @ParameterizedTest
    @EnumSource(Cost.class)
    void costAndGradientAreTheMeansOverThePairs(Cost cost) {
        NetworkPass[] pairs = new NetworkPass[3];
        for (int j = 0; j < 3; j++) {
            pairs[j] = TwoNodeNetwork.pass(THREE_PAIRS.x()[j], THREE_PAIRS.y()[j], 0.8, -0.1, 1.7, 0.2, cost);
        }
        NetworkProblem problem = new NetworkProblem(THREE_PAIRS, cost);
        problem.evaluate(PARAMS);
        assertEquals((pairs[0].cost() + pairs[1].cost() + pairs[2].cost()) / 3, problem.meanCost());
        assertEquals((pairs[0].gradW1() + pairs[1].gradW1() + pairs[2].gradW1()) / 3, problem.meanGradient(NetworkParameters.W1));
        assertEquals((pairs[0].gradB1() + pairs[1].gradB1() + pairs[2].gradB1()) / 3, problem.meanGradient(NetworkParameters.B1));
        assertEquals((pairs[0].gradW2() + pairs[1].gradW2() + pairs[2].gradW2()) / 3, problem.meanGradient(NetworkParameters.W2));
        assertEquals((pairs[0].gradB2() + pairs[1].gradB2() + pairs[2].gradB2()) / 3, problem.meanGradient(NetworkParameters.B2));
        double[] gradient = new double[4];
        problem.copyMeanGradient(gradient);
        assertArrayEquals(new double[] {problem.meanGradient(0), problem.meanGradient(1), problem.meanGradient(2),
            problem.meanGradient(3)}, gradient);
    }

    @Test
    void keepsTheFirstPairsForwardAndBackwardValues() {
        NetworkProblem problem = new NetworkProblem(THREE_PAIRS, Cost.MSE);
        problem.evaluate(PARAMS);
        NetworkPass first = TwoNodeNetwork.pass(-1, 0, 0.8, -0.1, 1.7, 0.2, Cost.MSE);
        assertEquals(first.z1(), problem.z1());
        assertEquals(first.a1(), problem.a1());
        assertEquals(first.z2(), problem.z2());
        assertEquals(first.yhat(), problem.yhat());
        assertEquals(first.delta2(), problem.delta2());
        assertEquals(first.delta1(), problem.delta1());
        assertTrue(first.cost() != problem.meanCost(), "the cost is the mean, not the first pair's");
    }

    @Test
    void theMeanOfOnePairIsThatPairToTheSignOfZero() {
        // w2 = 0 makes delta1 = delta2*0*... = -0.0 when yhat < y; a mean started from +0.0 would print 0.0
        NetworkProblem problem = new NetworkProblem(DataSet.single(1.5, 1), Cost.MSE);
        problem.evaluate(new double[] {0.5, 0, 0, 0});
        NetworkPass pass = TwoNodeNetwork.pass(1.5, 1, 0.5, 0, 0, 0, Cost.MSE);
        assertEquals(-0.0, pass.gradB1());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(problem.meanGradient(NetworkParameters.B1)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(problem.meanGradient(NetworkParameters.W1)));
        assertEquals(pass.cost(), problem.meanCost());
        assertEquals(pass.gradW2(), problem.meanGradient(NetworkParameters.W2));
    }

    @Test
    void sumsInPairOrder() {
        // w1 = 0: every pair has the same delta1, so dC/dw1 of pair j is delta1*x_j and the order of
        // the sum decides which small terms are lost next to the large ones
        double[] x = {1e17, 3, 5, -1e17, 7};
        DataSet data = new DataSet(x, new double[] {0, 0, 0, 0, 0});
        NetworkProblem problem = new NetworkProblem(data, Cost.MSE);
        problem.evaluate(new double[] {0, 0.3, 1.1, -0.2});
        double delta1 = TwoNodeNetwork.pass(1, 0, 0, 0.3, 1.1, -0.2, Cost.MSE).delta1();
        double inOrder = 0;
        for (double xj : x) {
            inOrder += delta1 * xj;
        }
        double largeFirst = (delta1 * x[0] + delta1 * x[3]) + delta1 * x[1] + delta1 * x[2] + delta1 * x[4];
        assertTrue(inOrder != largeFirst, "the data must make the order matter");
        assertEquals(inOrder / 5, problem.meanGradient(NetworkParameters.W1));
    }

    @Test
    void notFiniteWhenTheCostIsInfinite() {
        NetworkProblem problem = new NetworkProblem(DataSet.single(0, 0), Cost.XENT);
        problem.evaluate(new double[] {0, 0, 0, 40});
        assertEquals(Double.POSITIVE_INFINITY, problem.meanCost());
        assertFalse(problem.isFinite());
        problem.evaluate(new double[] {0, 0, 0, 3});
        assertTrue(problem.isFinite());
    }

    @Test
    void evaluatingAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counting needs HotSpot");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        NetworkProblem problem = new NetworkProblem(THREE_PAIRS, Cost.XENT);
        double[] params = PARAMS.clone();
        double sink = 0;
        for (int k = 0; k < 20_000; k++) {
            params[0] = k * 1e-4;
            problem.evaluate(params);
            sink += problem.meanCost();
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int k = 0; k < 200_000; k++) {
            params[0] = k * 1e-5;
            problem.evaluate(params);
            sink += problem.meanCost() + problem.meanGradient(NetworkParameters.W1) + problem.delta1();
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 10_000, allocated + " bytes allocated; sink " + sink);
    }
}
