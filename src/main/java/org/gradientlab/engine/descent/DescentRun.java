package org.gradientlab.engine.descent;

import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.KeptRun;
import org.gradientlab.engine.RecordedRun;
import org.gradientlab.engine.optim.Optimizer;

/**
 * Gradient descent on f(w) that records its history: each step's w (f(w) and f'(w) are worked out
 * again when read), the learning rate of the update that followed, and the optimizer's state, so that step back restores
 * everything. A run stops at divergence (SPEC section 5): the update that would make w, f or f'
 * non-finite is not taken, and the run says at which step it happened; a later update at another
 * rate may go on from the last finite state.
 * Not thread-safe: one thread owns a run.
 */
public final class DescentRun implements KeptRun {

    /**
     * Rows kept for step back and the table: 3 doubles a row with Adam, 12 MiB at most, so that all
     * three lessons' histories full together stay inside the 128 MiB the app aims for.
     */
    public static final int DEFAULT_CAPACITY = 1 << 19;

    private final DescentStepper stepper;
    private final RecordedRun recorded;

    /** Starts at w0; if f or f' is not finite there, the run is diverged at step 0. */
    public DescentRun(DifferentiableFunction function, Optimizer optimizer, double w0) {
        this(function, optimizer, w0, DEFAULT_CAPACITY);
    }

    /** As above, keeping at most {@code capacity} rows. */
    public DescentRun(DifferentiableFunction function, Optimizer optimizer, double w0, int capacity) {
        this(function, optimizer, w0, 0, capacity);
    }

    /**
     * A run that starts at w0 as step {@code startStep}, with zero optimizer state and the
     * optimizer's t counting from 1 after it: a branch with another optimizer. Step for step it
     * is exactly a fresh run started at w0, its steps numbered from startStep.
     */
    public DescentRun(DifferentiableFunction function, Optimizer optimizer, double w0, long startStep, int capacity) {
        this.stepper = new DescentStepper(function, optimizer, w0, startStep);
        this.recorded = new RecordedRun(stepper, capacity);
    }

    /** The step this run started at (0 unless it is a branch with another optimizer). */
    public long startStep() {
        return stepper.startStep();
    }

    /**
     * One update with this learning rate. After a divergence the run stays at its last finite
     * state, so another update (say at a smaller rate) may be tried from there.
     *
     * @return true if it was taken; false if it would have diverged (the run is then unchanged and
     *     {@link #divergedAt()} says where) or the start itself is not finite
     */
    public boolean step(double learningRate) {
        return recorded.step(learningRate);
    }

    /** Undoes the last update, restoring w and the optimizer state; false if none is kept. */
    public boolean stepBack() {
        return recorded.stepBack();
    }

    /** The w the next update would reach at this rate (for the step arrow); changes nothing. */
    public double peekNextW(double learningRate) {
        return stepper.peekUpdate(learningRate);
    }

    /** The current state. */
    public DescentState current() {
        return stepper.state();
    }

    /** f'(w) at the current w, without making a state record (checked after every update while playing). */
    public double grad() {
        return stepper.grad();
    }

    /** The recorded state of a kept step (f and f' worked out again at its w). */
    public DescentState state(long step) {
        return stepper.stateAt(step, recorded.get(step, DescentStepper.W));
    }

    /** The learning rate of the update that left this step, NaN for the current step. */
    @Override
    public double learningRateAt(long step) {
        return recorded.learningRateAt(step);
    }

    /** The optimizer state recorded at this step, copied into dst (length {@link #optimizerStateSize()}). */
    public void optimizerStateAt(long step, double[] dst) {
        recorded.copy(step, DescentStepper.STATE, dst);
    }

    /** Optimizer state values per step. */
    public int optimizerStateSize() {
        return stepper.optimizerStateSize();
    }

    /** The newest recorded step (the current one unless the timeline shows an earlier one). */
    @Override
    public long lastStep() {
        return recorded.lastStep();
    }

    /** Puts the run at a kept step to look at it, keeping every row; false if it is not kept. */
    @Override
    public boolean show(long step) {
        return recorded.show(step);
    }

    /** Cuts the run back to a kept step, exactly as repeated step back would; false if it is not kept. */
    @Override
    public boolean branchAt(long step) {
        return recorded.branchAt(step);
    }

    /** True when the row of this step is still kept. */
    @Override
    public boolean isKept(long step) {
        return recorded.isKept(step);
    }

    /** The oldest step that step back can reach. */
    @Override
    public long firstKeptStep() {
        return recorded.firstKeptStep();
    }

    /** True when the last attempted update (or the start) was not finite. */
    public boolean isDiverged() {
        return recorded.isDiverged();
    }

    /** The step whose row would have been non-finite, or -1. */
    public long divergedAt() {
        return recorded.divergedAt();
    }

    @Override
    public long shownStep() {
        return current().step();
    }
}
