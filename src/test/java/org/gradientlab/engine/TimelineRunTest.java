package org.gradientlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.descent.DescentRun;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkRun;
import org.gradientlab.engine.network.NetworkState;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.LinearDataGenerator;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.RegressionRun;
import org.gradientlab.engine.regression.RegressionState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timeline over a recorded run: showing step k gives exactly the state (and the next update) a
 * fresh run stepped k times has, and branching at k leaves the first run's rows as they were and
 * goes on exactly as a fresh run that switched rate at k.
 */
class TimelineRunTest {

    private static final int STEPS = 60;
    private static final int BRANCH = 23;
    private static final double RATE = 0.01;
    private static final double NEW_RATE = 0.003;

    private static DescentRun descent(String optimizer) throws Exception {
        return new DescentRun(Expression.parse("w^4 - 3*w^2 + w").evaluator(),
                OptimizerSettings.DEFAULT.withName(optimizer).create(), 1.7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd", "momentum", "rmsprop", "adam"})
    void descentShowsEveryRecordedStepExactly(String optimizer) throws Exception {
        DescentRun run = descent(optimizer);
        DescentRun fresh = descent(optimizer);
        List<DescentState> states = new ArrayList<>(List.of(fresh.current()));
        List<Double> peeks = new ArrayList<>(List.of(fresh.peekNextW(NEW_RATE)));
        for (int i = 0; i < STEPS; i++) {
            assertTrue(run.step(RATE));
            fresh.step(RATE);
            states.add(fresh.current());
            peeks.add(fresh.peekNextW(NEW_RATE));
        }
        for (int k = STEPS - 1; k >= 0; k -= 6) {
            assertTrue(run.show(k));
            assertEquals(states.get(k), run.current(), "step " + k);
            assertEquals(peeks.get(k), run.peekNextW(NEW_RATE), "optimizer state at step " + k);
            assertEquals(STEPS, run.lastStep());
            assertThrows(IllegalStateException.class, () -> run.step(RATE), "no update from a shown step");
        }
        assertTrue(run.show(STEPS));
        assertEquals(states.get(STEPS), run.current());
        assertTrue(run.step(RATE), "the newest step goes on");
        assertFalse(run.show(STEPS + 5), "a step never recorded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd", "momentum", "adam"})
    void descentBranchKeepsTheFirstRunAndGoesOnAtTheNewRate(String optimizer) throws Exception {
        DescentRun run = descent(optimizer);
        for (int i = 0; i < STEPS; i++) {
            run.step(RATE);
        }
        List<DescentState> firstRun = new ArrayList<>();
        for (long k = BRANCH; k <= STEPS; k++) {
            firstRun.add(run.state(k));
        }
        run.show(40);
        assertTrue(run.branchAt(BRANCH));
        assertEquals(BRANCH, run.lastStep());
        DescentRun fresh = descent(optimizer);
        for (int i = 0; i < BRANCH; i++) {
            fresh.step(RATE);
        }
        for (int i = 0; i < 30; i++) {
            run.step(NEW_RATE);
            fresh.step(NEW_RATE);
            assertEquals(fresh.current(), run.current());
        }
        DescentRun replay = descent(optimizer);
        for (int i = 0; i < STEPS; i++) {
            replay.step(RATE);
        }
        for (long k = BRANCH; k <= STEPS; k++) {
            assertEquals(replay.state(k), firstRun.get((int) (k - BRANCH)), "the first run's row " + k);
        }
    }

    private static NetworkRun network() {
        return new NetworkRun(new NetworkProblem(new DataSet(new double[] {1.5, -0.5, 0.25}, new double[] {0, 1, 1}),
                Cost.XENT), OptimizerSettings.DEFAULT.withName("adam").create(), NetworkParameters.of(
                        new double[] {0.5, -0.2, 0.8, 0.1}));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 17, 59, 60})
    void networkShowAndBranchAreExact(int k) {
        NetworkRun run = network();
        NetworkRun fresh = network();
        for (int i = 0; i < STEPS; i++) {
            run.step(0.5);
        }
        for (int i = 0; i < k; i++) {
            fresh.step(0.5);
        }
        assertTrue(run.show(k));
        NetworkState shown = run.current();
        assertEquals(fresh.current(), shown);
        assertEquals(fresh.peekNext(0.2), run.peekNext(0.2));
        assertTrue(run.branchAt(k));
        for (int i = 0; i < 10; i++) {
            run.step(0.2);
            fresh.step(0.2);
        }
        assertEquals(fresh.current(), run.current());
    }

    private static RegressionRun regression() {
        // Mini-batches of 3 over 10 points: the shuffle's state must come back too, across epochs.
        return new RegressionRun(new RegressionProblem(LinearDataGenerator.DEFAULT.generate(10, 21), Reduction.MEAN,
                3, 5), OptimizerSettings.DEFAULT.withName("momentum").create(), 0, 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 13, 37, 60})
    void regressionShowAndBranchAreExact(int k) {
        RegressionRun run = regression();
        RegressionRun fresh = regression();
        for (int i = 0; i < STEPS; i++) {
            run.step(0.05);
        }
        for (int i = 0; i < k; i++) {
            fresh.step(0.05);
        }
        assertTrue(run.show(k));
        RegressionState shown = run.current();
        assertEquals(fresh.current(), shown);
        assertEquals(fresh.epoch(), run.epoch());
        assertEquals(fresh.peekNext(0.02), run.peekNext(0.02));
        assertTrue(run.branchAt(k));
        for (int i = 0; i < 25; i++) {
            run.step(0.02);
            fresh.step(0.02);
            assertEquals(fresh.current(), run.current());
        }
    }
}
