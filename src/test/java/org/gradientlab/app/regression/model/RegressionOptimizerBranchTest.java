package org.gradientlab.app.regression.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.app.runner.Timeline;
import org.gradientlab.app.runner.TimelinePosition;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.RegressionRun;
import org.gradientlab.engine.regression.RegressionState;
import org.gradientlab.engine.regression.RegressionStepper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Branch from here with another optimizer in Regression: the continuation is, bit for bit, a fresh
 * optimizer (zero state, t from 1) started at (w0_k, w1_k) on the batches the first run would have
 * taken after step k, numbered on from k; the ghost is the first run's rows k..newest.
 */
class RegressionOptimizerBranchTest {

    private static final int STEPS = 40;
    private static final int K = 13;
    private static final int MORE = 30;
    private static final double RATE = 0.01;
    private static final double NEW_RATE = 0.005;
    private static final long SEED = 42;

    private static OptimizerSettings settings(String name) {
        return OptimizerSettings.DEFAULT.withName(name);
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    /** The lesson's first data (40 generated points) with this batch size (0: all) and optimizer. */
    private static RegressionSetup setup(int batchSize, String optimizer) {
        RegressionModel model = new RegressionModel(RunnerFactory.synchronous());
        try {
            model.session().pullSnapshot();
            RegressionSetup first = model.session().snapshotProperty().get().setup();
            RegressionProblem problem = new RegressionProblem(first.trained(), first.problem().reduction(),
                    batchSize == 0 ? RegressionProblem.FULL_BATCH : batchSize, SEED);
            return new RegressionSetup(first.data(), first.scaling(), problem, settings(optimizer), first.startW0(),
                    first.startW1(), first.statistics());
        } finally {
            model.close();
        }
    }

    /** The data indices each update of a run from the seed takes, for updates 1..steps (they do not depend on w). */
    private static int[][] batches(RegressionProblem problem, int steps) {
        RegressionStepper stepper = new RegressionStepper(problem, settings("gd").create(), 0, 0);
        int[][] batches = new int[steps][];
        for (int t = 0; t < steps; t++) {
            batches[t] = stepper.nextBatchIndices();
            stepper.update(0);
        }
        return batches;
    }

    @ParameterizedTest(name = "{0} -> {1}, batch {2}")
    @CsvSource({"gd, momentum, 0", "momentum, adam, 8", "adam, rmsprop, 1", "gd, adam, 8", "rmsprop, gd, 7",
            "adam, adam, 0"})
    void theBranchIsAFreshOptimizerFromWkOnTheSameBatchesAndTheGhostIsTheFirstRun(String first, String next,
                                                                                  int batchSize) {
        RegressionSetup setup = setup(batchSize, first);
        RegressionProblem problem = setup.problem();
        RegressionEngine engine = new RegressionEngine(setup);
        for (int i = 0; i < STEPS; i++) {
            assertTrue(engine.step(RATE));
        }
        List<RegressionState> firstRun = new ArrayList<>();
        for (int k = 0; k <= STEPS; k++) {
            firstRun.add(engine.run().state(k));
        }
        engine.show(K);
        Trace ghost = engine.branchAt(K);
        RegressionEngine branch = engine.continueWith(settings(next));

        assertNotNull(ghost);
        assertEquals(STEPS - K + 1, ghost.steps().length);
        for (int i = 0; i < ghost.steps().length; i++) {
            RegressionState was = firstRun.get(K + i);
            assertEquals(K + i, (long) ghost.steps()[i]);
            assertEquals(bits(was.loss()), bits(ghost.values()[RegressionSnapshot.LOSS][i]), "ghost loss at " + (K + i));
            assertEquals(bits(was.w0()), bits(ghost.values()[RegressionSnapshot.W0][i]), "ghost w0 at " + (K + i));
            assertEquals(bits(was.w1()), bits(ghost.values()[RegressionSnapshot.W1][i]), "ghost w1 at " + (K + i));
        }

        // An independent loop: SPEC section 4's update over the batch the first run would take next, fresh state, t from 1.
        int[][] batches = batches(problem, K + MORE);
        double[] x = problem.data().x();
        double[] y = problem.data().y();
        Optimizer optimizer = settings(next).create();
        double[] w = {firstRun.get(K).w0(), firstRun.get(K).w1()};
        double[] state = new double[2 * optimizer.stateSize()];
        assertEquals(K, branch.shownStep());
        assertEquals(K, branch.firstKeptStep(), "the timeline of the branch starts at k");
        for (int i = 0; i <= MORE; i++) {
            RegressionSnapshot now = branch.snapshot(false, NEW_RATE);
            String at = first + " -> " + next + " at " + (K + i);
            assertEquals(K + i, now.current().step(), at);
            assertEquals(bits(w[0]), bits(now.current().w0()), "w0 " + at);
            assertEquals(bits(w[1]), bits(now.current().w1()), "w1 " + at);
            assertEquals(next, now.setup().optimizer().name());
            if (i == MORE) {
                break;
            }
            int[] batch = batches[K + i];
            double sumR = 0;
            double sumRX = 0;
            for (int j : batch) {
                double r = y[j] - (w[0] + w[1] * x[j]);
                sumR += r;
                sumRX += r * x[j];
            }
            double[] g = {problem.reduction().gradient(sumR, batch.length),
                    problem.reduction().gradient(sumRX, batch.length)};
            optimizer.update(w, g, NEW_RATE, state, i + 1);
            assertTrue(branch.step(NEW_RATE));
        }

        // Step back inside the branch restores its state and its batch position exactly.
        RegressionState newest = branch.snapshot(false, NEW_RATE).current();
        for (int i = 0; i < 5; i++) {
            assertTrue(branch.stepBack());
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(branch.step(NEW_RATE));
        }
        assertEquals(newest, branch.snapshot(false, NEW_RATE).current(), "back 5 and forward 5 again");
        if (batchSize == 0) {
            // The full batch has no data position: a fresh run from (w0_k, w1_k) from step 0, bit for bit.
            RegressionRun fresh = new RegressionRun(problem, settings(next).create(), firstRun.get(K).w0(),
                    firstRun.get(K).w1());
            for (int i = 0; i < MORE; i++) {
                assertTrue(fresh.step(NEW_RATE));
            }
            assertEquals(bits(fresh.current().w0()), bits(newest.w0()));
            assertEquals(bits(fresh.current().w1()), bits(newest.w1()));
            assertEquals(bits(fresh.current().loss()), bits(newest.loss()));
        }
    }

    /** Without a branch, the first run's own later steps take the same batches the independent loop uses. */
    @Test
    void theBatchesOfTheLoopAreTheFirstRunsOwn() {
        RegressionProblem problem = setup(8, "gd").problem();
        int[][] batches = batches(problem, 20);
        RegressionStepper run = new RegressionStepper(problem, settings("adam").create(), 1, -1);
        for (int t = 0; t < 20; t++) {
            assertEquals(List.of(boxed(batches[t])), List.of(boxed(run.nextBatchIndices())), "update " + (t + 1));
            run.update(0.01);
        }
    }

    private static Integer[] boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
    }

    /** The model: scrubbed back a change waits for Branch; live, going live, Reset and new data restart. */
    @Test
    void aNewOptimizerWaitsForBranchWhileScrubbedBackAndRestartsWhenLive() {
        RegressionModel model = new RegressionModel(RunnerFactory.synchronous());
        Timeline timeline = model.session().timeline();
        try {
            model.batchModeProperty().set(BatchMode.MINI_BATCH);
            for (int i = 0; i < 12; i++) {
                model.session().step();
            }
            timeline.show(5);
            model.session().pullSnapshot();
            RegressionState w5 = model.session().snapshotProperty().get().current();
            model.session().optimizerProperty().set(settings("momentum"));
            model.session().pullSnapshot();
            TimelinePosition at = timeline.position();
            assertEquals(12, at.newest(), "no restart while scrubbed back");
            assertEquals(5, at.shown());
            assertEquals(settings("momentum"), model.session().optimizerBranch().pending());
            assertEquals("gd", model.session().snapshotProperty().get().setup().optimizer().name(), "still the gd run");

            // Choosing the run's own optimizer again cancels.
            model.session().optimizerProperty().set(settings("gd"));
            assertNull(model.session().optimizerBranch().pending());
            model.session().optimizerProperty().set(settings("momentum"));

            timeline.branch();
            model.session().pullSnapshot();
            assertNull(model.session().optimizerBranch().pending());
            assertEquals(5, timeline.position().newest());
            assertNotNull(timeline.position().ghost());
            assertEquals("momentum", model.session().snapshotProperty().get().setup().optimizer().name());
            // One fresh momentum step (v = 0, beta 0.9: v = 0.1 g) over the batch gd would have taken next.
            UpdateRule next = model.session().snapshotProperty().get().rule();
            double rate = model.session().learningRateProperty().get();
            var reduction = model.session().snapshotProperty().get().setup().problem().reduction();
            double g0 = reduction.gradient(next.sumResiduals(), next.batchSize());
            double g1 = reduction.gradient(next.sumResidualsTimesX(), next.batchSize());
            model.session().step();
            model.session().pullSnapshot();
            RegressionState s6 = model.session().snapshotProperty().get().current();
            assertEquals(6, s6.step());
            assertEquals(w5.w0() - rate * ((1 - 0.9) * g0), s6.w0(), 0.0);
            assertEquals(w5.w1() - rate * ((1 - 0.9) * g1), s6.w1(), 0.0);

            // Live: a new optimizer restarts from the start.
            model.session().optimizerProperty().set(settings("adam"));
            model.session().pullSnapshot();
            assertEquals(0, timeline.position().newest());
            assertNull(timeline.position().ghost());

            // Scrubbed back, changed, then Live instead of Branch: it restarts with the new one.
            for (int i = 0; i < 6; i++) {
                model.session().step();
            }
            timeline.show(2);
            model.session().optimizerProperty().set(settings("rmsprop"));
            timeline.live();
            model.session().pullSnapshot();
            assertEquals(0, timeline.position().newest(), "going live restarts with the new optimizer");
            assertNull(model.session().optimizerBranch().pending());
            assertEquals("rmsprop", model.session().snapshotProperty().get().setup().optimizer().name());

            // Reset and new data clear a waiting optimizer.
            for (int i = 0; i < 6; i++) {
                model.session().step();
            }
            timeline.show(3);
            model.session().optimizerProperty().set(settings("gd"));
            model.session().reset();
            assertNull(model.session().optimizerBranch().pending());
            for (int i = 0; i < 6; i++) {
                model.session().step();
            }
            timeline.show(3);
            model.session().optimizerProperty().set(settings("adam"));
            model.setData(model.dataProperty().get().withAdded(1, 2));
            assertNull(model.session().optimizerBranch().pending());
            model.session().pullSnapshot();
            assertEquals(0, timeline.position().newest());
        } finally {
            model.close();
        }
    }

    /** Play's batches make the run Step makes: the same rows and the same thinned trace, full batch and mini-batch. */
    @ParameterizedTest(name = "batch {0}")
    @CsvSource({"0", "8"})
    void batchesOfUpdatesMakeTheSameRunAndTrace(int batchSize) {
        RegressionSetup setup = setup(batchSize, "gd");
        List<RegressionEngine> both = org.gradientlab.app.descent.model.BatchStepsTest.assertSameRun(
                () -> new RegressionEngine(setup), RATE, 16, 3_000);
        org.gradientlab.engine.TraceHistory.Trace batched = both.get(0).snapshot(false, RATE).trace();
        org.gradientlab.engine.TraceHistory.Trace single = both.get(1).snapshot(false, RATE).trace();
        assertTrue(single.steps().length > 10, "a trace to compare");
        org.junit.jupiter.api.Assertions.assertArrayEquals(single.steps(), batched.steps());
        org.junit.jupiter.api.Assertions.assertArrayEquals(single.values(), batched.values());
    }
}
