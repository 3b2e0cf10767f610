package org.gradientlab.engine.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.sweep.RateOutcome;
import org.gradientlab.engine.sweep.RateRegion;
import org.gradientlab.engine.sweep.SweepResult;
import org.gradientlab.engine.sweep.TrialProgress;
import org.junit.jupiter.api.Test;

/** The Regression lesson's learning-rate sweep against single runs of the engine, its regions and its cancel. */
class RegressionRateSweepTest {

    /** The lesson's first data: 40 points of y = 1 + 2x + 0.25z, x in [0, 1), seed 1. */
    private static final DataSet LESSON = LinearDataGenerator.DEFAULT.generate(40, 1);
    private static final OptimizerSettings GD = OptimizerSettings.DEFAULT;

    /** A single run as the lesson makes it: a RegressionRun stepped until N or until an update is refused. */
    private static final class SingleRun {
        final RegressionRun run;
        long closeSince;

        SingleRun(RegressionProblem problem, OptimizerSettings optimizer, double w0, double w1, double rate,
                  long updates, double tolerance, double bestLoss) {
            run = new RegressionRun(problem, optimizer.create(), w0, w1, 16);
            closeSince = run.current().loss() - bestLoss <= tolerance ? 0 : -1;
            for (long k = 1; k <= updates && run.step(rate); k++) {
                if (run.current().loss() - bestLoss > tolerance) {
                    closeSince = -1;
                } else if (closeSince < 0) {
                    closeSince = k;
                }
            }
        }
    }

    private static void assertEqualsSingleRuns(RegressionRateSweep sweep, int... indices) {
        SweepResult result = sweep.run(TrialProgress.NONE, () -> false);
        assertTrue(result.isComplete());
        double start = sweep.startLoss();
        double tolerance = RegressionTrial.CLOSE * (start - sweep.bestLoss()) + 1e-12 * Math.abs(sweep.bestLoss());
        for (int i : indices) {
            RegressionOutcome outcome = (RegressionOutcome) result.outcomes().get(i);
            double rate = sweep.rateAt(i);
            String where = sweep.optimizer().name() + ", batch " + sweep.problem().batchSize() + ", rate " + rate;
            assertEquals(rate, outcome.learningRate(), where);
            SingleRun single = new SingleRun(sweep.problem(), sweep.optimizer(), sweep.w0(), sweep.w1(), rate,
                    outcome.updates(), tolerance, sweep.bestLoss());
            RegressionState end = single.run.current();
            assertEquals(end.step(), outcome.updates(), where);
            // Bit for bit: assertEquals on doubles compares with equals, so -0.0 and 0.0 differ too.
            assertEquals(end.w0(), outcome.w0(), where);
            assertEquals(end.w1(), outcome.w1(), where);
            assertEquals(end.loss(), outcome.loss(), where);
            if (outcome.updates() < sweep.maxSteps() && outcome.region() == RateRegion.DIVERGING
                    && outcome.steps() == outcome.updates() + 1) {
                assertEquals(outcome.steps(), single.run.divergedAt(), where + ": the update that went non-finite");
            }
            if (outcome.region() == RateRegion.GOOD) {
                assertEquals(single.closeSince, outcome.steps(), where + ": near the best fit from this step on");
            } else {
                assertTrue(single.closeSince < 0 || outcome.updates() < sweep.maxSteps(), where);
            }
        }
    }

    private static int[] every(int step, int count) {
        int[] indices = new int[(count + step - 1) / step];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i * step;
        }
        return indices;
    }

    @Test
    void everyRateOfAFullBatchSweepEqualsASingleRunAtThatRate() {
        RegressionProblem problem = RegressionProblem.fullBatch(LESSON, Reduction.SUM);
        for (String name : OptimizerSettings.NAMES) {
            RegressionRateSweep sweep = RegressionRateSweep.withDefaultRange(problem, GD.withName(name), 0, -2, 500);
            assertEqualsSingleRuns(sweep, every(1, sweep.rateCount()));
        }
    }

    @Test
    void miniBatchAndStochasticSweepsShuffleFromTheLessonsSeedAndEqualSingleRuns() {
        DataSet data = LinearDataGenerator.DEFAULT.generate(300, 5);
        for (RegressionProblem problem : new RegressionProblem[] {
            new RegressionProblem(data, Reduction.MEAN, 16, 7),
            new RegressionProblem(data, Reduction.SUM, 1, 42),
        }) {
            for (String name : new String[] {"gd", "adam"}) {
                RegressionRateSweep sweep = RegressionRateSweep.withDefaultRange(problem, GD.withName(name), 3, 0.5, 700);
                assertEqualsSingleRuns(sweep, every(7, sweep.rateCount()));
            }
        }
    }

    @Test
    void anotherSeedGivesAnotherMiniBatchSweep() {
        DataSet data = LinearDataGenerator.DEFAULT.generate(300, 5);
        RegressionRateSweep seven = RegressionRateSweep.withDefaultRange(new RegressionProblem(data, Reduction.MEAN, 16, 7),
                GD, 3, 0.5, 300);
        RegressionRateSweep eight = RegressionRateSweep.withDefaultRange(new RegressionProblem(data, Reduction.MEAN, 16, 8),
                GD, 3, 0.5, 300);
        assertFalse(seven.runAt(0.1).equals(eight.runAt(0.1)), "the seed reaches the sweep's runs");
    }

    @Test
    void gdDivergesJustAboveTheCriticalRateAndConvergesJustBelowIt() {
        RegressionProblem problem = RegressionProblem.fullBatch(LESSON, Reduction.SUM);
        double critical = RegressionRateSweep.criticalRate(problem);
        // Worked by hand for these 40 points: about 0.0395, the lesson's "gd diverges above about 0.04".
        assertTrue(critical > 0.03 && critical < 0.05, "critical " + critical);
        RegressionRateSweep sweep = new RegressionRateSweep(problem, GD, 0, -2, 1e-5, 1, 201, 1000);
        assertEquals(RateRegion.DIVERGING, sweep.runAt(critical * 1.01).region());
        assertEquals(RateRegion.GOOD, sweep.runAt(critical * 0.99).region());
        assertEquals(RateRegion.GOOD, sweep.runAt(critical * 0.3).region());
    }

    @Test
    void theDefaultRangeSpansFiveDecadesAroundTheCriticalRateForGdAndFixedOnesForAdam() {
        RegressionProblem sum = RegressionProblem.fullBatch(LESSON, Reduction.SUM);
        assertArrayEquals(new double[] {1e-5, 1}, RegressionRateSweep.defaultRange(sum, GD), 1e-18);
        assertArrayEquals(new double[] {1e-5, 1}, RegressionRateSweep.defaultRange(sum, GD.withName("momentum")), 1e-18);
        assertArrayEquals(new double[] {1e-4, 10}, RegressionRateSweep.defaultRange(sum, GD.withName("adam")), 0);
        // The mean divides the curvature by n = 40: the range moves up by a decade or two.
        double[] mean = RegressionRateSweep.defaultRange(RegressionProblem.fullBatch(LESSON, Reduction.MEAN), GD);
        assertTrue(mean[1] >= 10 && mean[1] / mean[0] > 0.99e5 && mean[1] / mean[0] < 1.01e5, mean[0] + ".." + mean[1]);
    }

    @Test
    void aSweepOfTheLessonShowsTheRegionsInOrder() {
        RegressionRateSweep sweep = RegressionRateSweep.withDefaultRange(RegressionProblem.fullBatch(LESSON, Reduction.SUM),
                GD, 0, -2, 1000);
        SweepResult result = sweep.run(TrialProgress.NONE, () -> false);
        Set<RateRegion> seen = EnumSet.noneOf(RateRegion.class);
        result.spans().forEach(span -> seen.add(span.region()));
        assertTrue(seen.contains(RateRegion.GOOD), seen.toString());
        assertEquals(RateRegion.TOO_SMALL, result.spans().get(0).region());
        assertEquals(RateRegion.DIVERGING, result.spans().get(result.spans().size() - 1).region());
        // Regions never come back once left: too small, good, oscillating, diverging, in that order.
        int last = -1;
        for (RateOutcome outcome : result.outcomes()) {
            assertTrue(outcome.region().ordinal() >= last, "order broken at " + outcome);
            last = outcome.region().ordinal();
        }
    }

    @Test
    void aCancelledSweepStopsWithoutRunningEveryRate() {
        AtomicInteger finished = new AtomicInteger();
        RegressionRateSweep sweep = RegressionRateSweep.withDefaultRange(RegressionProblem.fullBatch(LESSON, Reduction.SUM),
                GD, 0, -2, 2000);
        SweepResult result = sweep.run((done, total) -> finished.incrementAndGet(), () -> finished.get() >= 5);
        assertFalse(result.isComplete());
        assertTrue(result.outcomes().size() >= 5 && result.outcomes().size() < sweep.rateCount(),
                "ran " + result.outcomes().size());
        assertEquals(finished.get(), result.outcomes().size());
    }

    @Test
    void aLongRunLooksAtTheCancelFlagInsideItself() {
        AtomicInteger looks = new AtomicInteger();
        RegressionTrial trial = new RegressionTrial(RegressionProblem.fullBatch(LESSON, Reduction.SUM), 0, -2);
        // At rate 1e-15 nothing converges: only the flag can end this run of 2^31 - 1 updates.
        RegressionOutcome outcome = trial.run(GD.create(), 1e-15, Integer.MAX_VALUE, () -> looks.incrementAndGet() >= 2);
        assertNull(outcome);
        assertEquals(2, looks.get());
    }

    @Test
    void cancelFromAnotherThreadEndsAHugeSweepPromptly() throws Exception {
        DataSet data = LinearDataGenerator.DEFAULT.generate(1000, 3);
        // 201 runs of 10^8 updates over 1000 points would take hours.
        RegressionRateSweep sweep = new RegressionRateSweep(RegressionProblem.fullBatch(data, Reduction.SUM), GD, 0, -2,
                1e-12, 1e-10, 201, 100_000_000);
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger started = new AtomicInteger();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancel.set(true);
        });
        canceller.start();
        long t0 = System.nanoTime();
        SweepResult result = sweep.run(TrialProgress.NONE, () -> {
            started.incrementAndGet();
            return cancel.get();
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        canceller.join();
        assertTrue(result.outcomes().isEmpty(), "no run of 10^8 updates finished");
        assertTrue(started.get() > 0);
        // A generous did-not-hang guard, not a speed limit: the flag is looked at every 1024 updates.
        assertTrue(seconds < 10, "took " + seconds + " s");
    }

    @Test
    void cancelIsLookedAtMoreOftenTheMoreDataAnUpdatePasses() {
        DataSet large = LinearDataGenerator.DEFAULT.generate(RegressionTrial.CHECK_POINTS, 3);
        AtomicInteger looks = new AtomicInteger();
        new RegressionTrial(RegressionProblem.fullBatch(large, Reduction.MEAN), 0, 0)
                .run(GD.create(), 1e-6, 5, () -> looks.incrementAndGet() < 0);
        assertEquals(5, looks.get(), "a million points: after every update");
        looks.set(0);
        new RegressionTrial(RegressionProblem.fullBatch(LESSON, Reduction.SUM), 0, 0)
                .run(GD.create(), 1e-9, 100_000, () -> looks.incrementAndGet() < 0);
        assertEquals(100_000 / (RegressionTrial.CHECK_POINTS / 40), looks.get(), "40 points: every 26,214 updates");
    }
}
