package org.gradientlab.app.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrainingRunnerTest {

    /** A counter engine: w counts updates, each recording its rate; finishes at a limit. */
    static class CountingEngine implements TrainingEngine<long[]> {
        final List<Double> rates = new ArrayList<>();
        final AtomicInteger snapshots = new AtomicInteger();
        final long limit;
        volatile long steps;

        CountingEngine(long limit) {
            this.limit = limit;
        }

        @Override
        public boolean step(double learningRate) {
            if (steps >= limit) {
                return false;
            }
            if (rates.size() < 1000) {
                rates.add(learningRate);
            }
            steps++;
            return true;
        }

        @Override
        public boolean stepBack() {
            if (steps == 0) {
                return false;
            }
            steps--;
            return true;
        }

        @Override
        public boolean isFinished() {
            return steps >= limit;
        }

        @Override
        public long[] snapshot(boolean playing, double learningRate) {
            snapshots.incrementAndGet();
            return new long[] {steps, playing ? 1 : 0};
        }

        @Override
        public org.gradientlab.io.export.StepsTable keptSteps() {
            return new org.gradientlab.io.export.StepsTable(List.of("step", "w"), 0, new double[] {steps});
        }
    }

    @Test
    void synchronousStepAndStepBackPublishAtOnce() {
        CountingEngine engine = new CountingEngine(100);
        TrainingRunner<long[]> runner = TrainingRunner.synchronous(engine, 0.5);
        assertEquals(0, runner.takeSnapshot()[0]);
        runner.step();
        runner.step();
        assertEquals(2, runner.takeSnapshot()[0]);
        assertNull(runner.takeSnapshot(), "a snapshot is handed over once");
        runner.stepBack();
        assertEquals(1, runner.takeSnapshot()[0]);
        assertEquals(List.of(0.5, 0.5), engine.rates);
    }

    @Test
    void aNewRateReachesTheNextStep() {
        CountingEngine engine = new CountingEngine(100);
        TrainingRunner<long[]> runner = TrainingRunner.synchronous(engine, 0.5);
        runner.step();
        runner.setLearningRate(0.01);
        runner.step();
        assertEquals(List.of(0.5, 0.01), engine.rates);
    }

    @Test
    void synchronousPlayStopsWhenTheEngineFinishes() {
        CountingEngine engine = new CountingEngine(10);
        TrainingRunner<long[]> runner = TrainingRunner.synchronous(engine, 0.1);
        runner.play();
        assertEquals(10, runner.playFor(1000));
        long[] last = runner.takeSnapshot();
        assertEquals(10, last[0]);
        assertEquals(0, last[1], "playing stopped by itself");
    }

    @Test
    void backgroundPlayAtFullSpeedPausesAtOnceAndMakesSnapshotsOnlyWhenTaken() throws Exception {
        CountingEngine engine = new CountingEngine(Long.MAX_VALUE);
        List<Throwable> failures = new ArrayList<>();
        try (TrainingRunner<long[]> runner = TrainingRunner.background(engine, 0.1, failures::add)) {
            runner.setSpeed(TrainingRunner.MAX_SPEED);
            runner.play();
            Thread.sleep(300);
            int beforeIdle = engine.snapshots.get();
            Thread.sleep(200);
            // Nobody took a snapshot: at most the one waiting, none made per step.
            assertTrue(engine.snapshots.get() - beforeIdle <= 1, "snapshots made for nobody");
            assertTrue(engine.steps > 10_000, "plays flat out, made " + engine.steps);
            runner.pause();
            Thread.sleep(100);
            long paused = engine.steps;
            Thread.sleep(200);
            assertEquals(paused, engine.steps, "pause stops the steps");
            long[] last = null;
            for (long[] s = runner.takeSnapshot(); s != null; s = runner.takeSnapshot()) {
                last = s;
            }
            assertNotNull(last);
            assertEquals(paused, last[0]);
            assertEquals(0, last[1]);
        }
        assertTrue(failures.isEmpty());
    }

    @Test
    void backgroundPlayKeepsTheChosenSlowSpeed() throws Exception {
        CountingEngine engine = new CountingEngine(Long.MAX_VALUE);
        try (TrainingRunner<long[]> runner = TrainingRunner.background(engine, 0.1, e -> { })) {
            runner.setSpeed(20);
            runner.play();
            Thread.sleep(1000);
            runner.pause();
            Thread.sleep(50);
            long steps = engine.steps;
            // 20 steps a second for one second; loose bounds for a busy 2-core machine.
            assertTrue(steps >= 5 && steps <= 30, "made " + steps);
        }
    }

    @Test
    void engineFailureIsReportedNotSwallowed() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        CountingEngine engine = new CountingEngine(100) {
            @Override
            public boolean step(double learningRate) {
                throw new IllegalStateException("boom");
            }
        };
        try (TrainingRunner<long[]> runner = TrainingRunner.background(engine, 0.1, failures::add)) {
            runner.step();
            for (int i = 0; i < 100 && failures.isEmpty(); i++) {
                Thread.sleep(10);
            }
        }
        assertEquals(1, failures.size());
        assertEquals("boom", failures.get(0).getMessage());
        assertFalse(failures.isEmpty());
    }

    @Test
    void afterAFailureWhilePlayingTheScreenLearnsThatPlayingStopped() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        CountingEngine engine = new CountingEngine(Long.MAX_VALUE) {
            @Override
            public boolean step(double learningRate) {
                if (steps == 500) {
                    throw new IllegalStateException("boom");
                }
                return super.step(learningRate);
            }
        };
        try (TrainingRunner<long[]> runner = TrainingRunner.background(engine, 0.1, failures::add)) {
            runner.setSpeed(TrainingRunner.MAX_SPEED);
            runner.play();
            for (int i = 0; i < 200 && failures.isEmpty(); i++) {
                Thread.sleep(10);
            }
            assertEquals(1, failures.size());
            long[] last = null;
            for (int i = 0; i < 100 && (last == null || last[0] != 500); i++) {
                long[] s = runner.takeSnapshot();
                last = s != null ? s : last;
                Thread.sleep(10);
            }
            assertNotNull(last);
            assertEquals(500, last[0], "the last state before the failure");
            assertEquals(0, last[1], "not playing any more: a Play button does not say Pause");
        }
    }

    @Test
    void aBranchWithANewEngineThatArrivesWhenLiveStillHandsItOver() {
        CountingEngine engine = new CountingEngine(100);
        TrainingRunner<long[]> runner = TrainingRunner.synchronous(engine, 0.5);
        runner.step();
        CountingEngine next = new CountingEngine(100);
        runner.branch(old -> next);
        runner.step();
        assertEquals(1, engine.steps, "the first engine took no step after the branch");
        assertEquals(1, next.steps, "the engine the screen names goes on");
        runner.branch();
        runner.step();
        assertEquals(2, next.steps, "a plain branch when live changes nothing");
    }

    @Test
    void atHalfRateAPlayingRunIsShownEveryOtherPulseAndAPausedOneAtOnce() {
        FramePacer pacer = new FramePacer();
        long now = 1_000_000_000L;
        for (int i = 0; i < 6; i++) {
            now += 40_000_000L;
            pacer.pulse(now);
        }
        assertTrue(pacer.halfRate(), "late frames");
        CountingEngine engine = new CountingEngine(Long.MAX_VALUE);
        TrainingRunner<long[]> runner = TrainingRunner.synchronous(engine, 0.1, pacer);
        runner.play();
        StringBuilder shown = new StringBuilder();
        for (int pulse = 0; pulse < 6; pulse++) {
            runner.playFor(3);
            // A pulse 16.7 ms after the one before; the runner reports it to the pacer.
            now += 16_700_000L;
            long[] taken = takeAt(runner, pacer, now);
            shown.append(taken == null ? '-' : 'P');
        }
        // Play shows at once; from then on every other pulse.
        assertTrue(shown.toString().equals("P-P-P-") || shown.toString().equals("PP-P-P"), shown.toString());
        runner.pause();
        now += 16_700_000L;
        long[] paused = takeAt(runner, pacer, now);
        if (paused == null) {
            now += 16_700_000L;
            paused = takeAt(runner, pacer, now);
        }
        assertEquals(0, paused[1], "the pause is shown");
        assertFalse(pacer.halfRate(), "and the next play starts at full rate");
        runner.step();
        now += 16_700_000L;
        assertEquals(paused[0] + 1, takeAt(runner, pacer, now)[0], "a step shows at the next pulse");
    }

    private static long[] takeAt(TrainingRunner<long[]> runner, FramePacer pacer, long now) {
        return runner.takeSnapshot(now);
    }
}
