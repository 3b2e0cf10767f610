package org.gradientlab.engine.surface;

import org.gradientlab.engine.KeptRun;
import org.gradientlab.engine.RecordedRun;

/**
 * Descent on f(w1, w2) that records its history (for a Surface lesson): each step's w1, w2, f, the
 * exact gradient, the rate of the update that followed, the noise generator's and the optimizer's
 * state, so step back restores everything. A run stops at divergence (SPEC section 8): the update
 * that would make a row non-finite is not taken, and the run says at which step it happened.
 * Not thread-safe: one thread owns a run.
 */
public final class SurfaceRun implements KeptRun {

    /** Rows kept for step back: a few tens of MB at most, as for the other lessons. */
    public static final int DEFAULT_CAPACITY = 1 << 19;

    private final SurfaceStepper stepper;
    private final RecordedRun recorded;

    /** Records the stepper's current state as the first row; if it is not finite, the run is diverged there. */
    public SurfaceRun(SurfaceStepper stepper, int capacity) {
        this.stepper = stepper;
        this.recorded = new RecordedRun(stepper, capacity);
    }

    /** The stepper this run drives (read its values; update through {@link #step}). */
    public SurfaceStepper stepper() {
        return stepper;
    }

    /**
     * One update with this learning rate.
     *
     * @return true if it was taken; false if it would have diverged (the run is then unchanged and
     *     {@link #divergedAt()} says where) or the start itself is not finite
     */
    public boolean step(double learningRate) {
        return recorded.step(learningRate);
    }

    /** Undoes the last update, restoring w1, w2, the noise and the optimizer state; false if none is kept. */
    public boolean stepBack() {
        return recorded.stepBack();
    }

    /** The current state. */
    public SurfaceState current() {
        return stepper.state();
    }

    /** The recorded state of a kept step. */
    public SurfaceState state(long step) {
        return new SurfaceState(step, recorded.get(step, SurfaceStepper.W1), recorded.get(step, SurfaceStepper.W2),
                recorded.get(step, SurfaceStepper.F), recorded.get(step, SurfaceStepper.G1),
                recorded.get(step, SurfaceStepper.G2));
    }

    /** The noise generator's state recorded at this kept step, for a branch that draws on from there. */
    public long noiseStateAt(long step) {
        return (long) recorded.get(step, SurfaceStepper.NOISE_STATE);
    }

    @Override
    public double learningRateAt(long step) {
        return recorded.learningRateAt(step);
    }

    @Override
    public long lastStep() {
        return recorded.lastStep();
    }

    @Override
    public boolean show(long step) {
        return recorded.show(step);
    }

    @Override
    public boolean branchAt(long step) {
        return recorded.branchAt(step);
    }

    @Override
    public boolean isKept(long step) {
        return recorded.isKept(step);
    }

    @Override
    public long firstKeptStep() {
        return recorded.firstKeptStep();
    }

    @Override
    public long shownStep() {
        return stepper.step();
    }

    /** True when the last attempted update (or the start) was not finite. */
    public boolean isDiverged() {
        return recorded.isDiverged();
    }

    /** The step whose row would have been non-finite, or -1. */
    public long divergedAt() {
        return recorded.divergedAt();
    }
}
