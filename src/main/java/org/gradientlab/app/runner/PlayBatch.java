package org.gradientlab.app.runner;

import java.util.function.BooleanSupplier;

/**
 * One batch of Play on the runner's thread: the steps due at the chosen speed, for at most
 * {@link #BATCH_NANOS}, yielding the processor early in frames that follow late ones
 * ({@link FramePacer}). Owned by the runner's thread; holds the play clock.
 */
final class PlayBatch {

    /** How long a flat-out batch runs before the runner looks at its queue again. */
    static final long BATCH_NANOS = 2_000_000L;
    /** Updates between looks at the clock (and at yielding). */
    static final int LOOK_EVERY = 16;

    private final PlayClock clock = new PlayClock();
    private final FramePacer pacer;
    private long lastYield;

    PlayBatch(FramePacer pacer) {
        this.pacer = pacer;
    }

    /** The pace of Play. */
    PlayClock clock() {
        return clock;
    }

    /**
     * Steps the engine at the rate until the batch's time is up, a command waits or no step is due.
     *
     * @return false when the engine stopped (it could not step, or it finished)
     */
    boolean run(TrainingEngine<?> engine, double learningRate, BooleanSupplier commandWaiting) {
        long batchEnd = System.nanoTime() + BATCH_NANOS;
        while (true) {
            long due = clock.dueSteps();
            for (long i = 0; i < due; ) {
                // Steps over a million points take milliseconds: a whole chunk would hold up Pause and the picture.
                int want = (int) Math.min(LOOK_EVERY, due - i);
                int taken = engine.steps(learningRate, want);
                clock.counted(taken);
                if (taken < want || engine.isFinished()) {
                    return false;
                }
                i += taken;
                long now = System.nanoTime();
                if (now >= batchEnd) {
                    break;
                }
                yieldIfFramesAreLate(now);
            }
            if (System.nanoTime() >= batchEnd || commandWaiting.getAsBoolean() || clock.waitNanos() > 0) {
                return true;
            }
        }
    }

    /** Early in a frame that comes after late ones, lets a woken FX or render thread have this core. */
    private void yieldIfFramesAreLate(long now) {
        if (now - lastYield >= FramePacer.YIELD_INTERVAL_NANOS && pacer.yieldWindowLeft(now) > 0) {
            lastYield = now;
            Thread.yield();
        }
    }
}
