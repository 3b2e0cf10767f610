package org.gradientlab.engine.surface;

import org.gradientlab.engine.HistoryBudget;
import org.gradientlab.engine.RecordableStepper;
import org.gradientlab.engine.RecordedRun;

/**
 * Descent on f(w1, w2) that records its history (for a Surface lesson): each step's w1, w2, f, the
 * exact gradient, the rate of the update that followed, the noise generator's and the optimizer's
 * state, so step back restores everything. A run stops at divergence (SPEC section 8): the update
 * that would make a row non-finite is not taken, and the run says at which step it happened.
 * Not thread-safe: one thread owns a run.
 */
public final class SurfaceRun extends RecordedRun {

    /** The most rows kept for step back; wide rows keep fewer ({@link HistoryBudget}). */
    public static final int DEFAULT_CAPACITY = 1 << 19;

    private final SurfaceStepper stepper;

    /** Records the stepper's current state as the first row; if it is not finite, the run is diverged there. */
    public SurfaceRun(SurfaceStepper stepper, int capacity) {
        super(stepper, capacity);
        this.stepper = stepper;
    }

    /** The stepper this run drives (read its values; update through {@link #step}). */
    public SurfaceStepper stepper() {
        return stepper;
    }

    /** The current state. */
    public SurfaceState current() {
        return stepper.state();
    }

    /** The recorded state of a kept step (f and its partials worked out again at its point). */
    public SurfaceState state(long step) {
        return stepper.stateAt(step, get(step, SurfaceStepper.W1), get(step, SurfaceStepper.W2));
    }

    /** The noise generator's state recorded at this kept step, for a branch that draws on from there. */
    public long noiseStateAt(long step) {
        return (long) get(step, SurfaceStepper.NOISE_STATE);
    }

    /**
     * The batch of updates, its loop written out here with this run's stepper as its own class (as in
     * every lesson's run: see {@link RecordedRun}'s {@code canUpdateFrom}); exactly {@code max} calls of
     * {@link #step} with {@code after} between them.
     */
    @Override
    public int steps(double learningRate, int max, AfterStep after) {
        SurfaceStepper s = stepper;
        for (int i = 0; i < max; i++) {
            long from = s.step();
            if (!canUpdateFrom(from)) {
                return i;
            }
            s.update(learningRate);
            if (!s.isFinite()) {
                refuse(from);
                return i;
            }
            s.writeRow(newestRows(), keep(from, learningRate));
            if (after.stop()) {
                return i + 1;
            }
        }
        return max;
    }
}
