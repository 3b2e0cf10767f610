package org.gradientlab.app.runner;

/**
 * The pace of Play: how many steps are due at the chosen speed, counted from when playing last
 * (re)started, and how long to wait for the next. Owned by the runner's thread; not thread-safe.
 */
final class PlayClock {

    /** Steps between looks at the clock and the queue at full speed. */
    static final long CHUNK = 256;

    private double stepsPerSecond = 1;
    private long startNanos;
    private long stepsSinceStart;

    /** Steps per second; {@link TrainingRunner#MAX_SPEED} for as fast as possible. Restarts the count. */
    void setSpeed(double speed) {
        stepsPerSecond = speed;
        restart();
    }

    /** Counts from now: after a pause, a step or a new speed, no burst of steps to catch up. */
    void restart() {
        startNanos = System.nanoTime();
        stepsSinceStart = 0;
    }

    /** This many steps were taken. */
    void counted(long steps) {
        stepsSinceStart += steps;
    }

    /** How long to wait before the next step is due at the current speed; 0 at full speed. */
    long waitNanos() {
        if (Double.isInfinite(stepsPerSecond)) {
            return 0;
        }
        double dueAt = startNanos + stepsSinceStart * 1e9 / stepsPerSecond;
        return Math.max(0, (long) (dueAt - System.nanoTime()));
    }

    /** Steps to take before looking at the clock again: those due now, at most a small chunk. */
    long dueSteps() {
        if (Double.isInfinite(stepsPerSecond)) {
            return CHUNK;
        }
        long dueByNow = (long) ((System.nanoTime() - startNanos) * 1e-9 * stepsPerSecond) + 1;
        return Math.max(1, Math.min(CHUNK, dueByNow - stepsSinceStart));
    }
}
