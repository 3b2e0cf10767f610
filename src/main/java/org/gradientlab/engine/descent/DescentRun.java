package org.gradientlab.engine.descent;

import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.RunHistory;
import org.gradientlab.engine.optim.Optimizer;

/**
 * Gradient descent on f(w) that records its history: each step's w, f(w), f'(w), the learning
 * rate of the update that followed, and the optimizer's state, so that step back restores
 * everything. A run stops at divergence (SPEC section 5): the update that would make w, f or f'
 * non-finite is not taken, and the run says at which step it happened; a later update at another
 * rate may go on from the last finite state.
 * Not thread-safe: one thread owns a run.
 */
public final class DescentRun {

    /** Rows kept for step back and the table: about 48 MB at most for Adam. */
    public static final int DEFAULT_CAPACITY = 1 << 20;

    private static final int W = 0;
    private static final int F = 1;
    private static final int GRAD = 2;
    private static final int RATE = 3;
    private static final int STATE = 4;

    private final DescentStepper stepper;
    private final RunHistory history;
    private final double[] row;
    private final double[] stateScratch;
    private long divergedAt = -1;

    /** Starts at w0; if f or f' is not finite there, the run is diverged at step 0. */
    public DescentRun(DifferentiableFunction function, Optimizer optimizer, double w0) {
        this(function, optimizer, w0, DEFAULT_CAPACITY);
    }

    /** As above, keeping at most {@code capacity} rows. */
    public DescentRun(DifferentiableFunction function, Optimizer optimizer, double w0, int capacity) {
        this.stepper = new DescentStepper(function, optimizer, w0);
        this.stateScratch = new double[stepper.optimizerStateSize()];
        this.row = new double[STATE + stateScratch.length];
        this.history = new RunHistory(row.length, capacity);
        if (stepper.isFinite()) {
            record(Double.NaN);
        } else {
            divergedAt = 0;
        }
    }

    private void record(double learningRate) {
        row[W] = stepper.w();
        row[F] = stepper.value();
        row[GRAD] = stepper.grad();
        row[RATE] = learningRate;
        stepper.copyOptimizerState(stateScratch);
        System.arraycopy(stateScratch, 0, row, STATE, stateScratch.length);
        history.append(stepper.step(), row);
    }

    /**
     * One update with this learning rate. After a divergence the run stays at its last finite
     * state, so another update (say at a smaller rate) may be tried from there.
     *
     * @return true if it was taken; false if it would have diverged (the run is then unchanged and
     *     {@link #divergedAt()} says where) or the start itself is not finite
     */
    public boolean step(double learningRate) {
        if (!stepper.isFinite()) {
            return false;
        }
        long from = stepper.step();
        stepper.update(learningRate);
        if (!stepper.isFinite()) {
            divergedAt = from + 1;
            restore(from);
            return false;
        }
        divergedAt = -1;
        // The rate belongs to the row the update started from.
        history.set(from, RATE, learningRate);
        record(Double.NaN);
        return true;
    }

    /** Undoes the last update, restoring w and the optimizer state; false if none is kept. */
    public boolean stepBack() {
        long current = stepper.step();
        if (!history.contains(current - 1)) {
            return false;
        }
        restore(current - 1);
        history.truncateAfter(current - 1);
        history.set(current - 1, RATE, Double.NaN);
        divergedAt = -1;
        return true;
    }

    private void restore(long step) {
        history.copyRow(step, row);
        System.arraycopy(row, STATE, stateScratch, 0, stateScratch.length);
        stepper.moveTo(step, row[W], stateScratch);
    }

    /** The w the next update would reach at this rate (for the step arrow); changes nothing. */
    public double peekNextW(double learningRate) {
        return stepper.peekUpdate(learningRate);
    }

    /** The current state. */
    public DescentState current() {
        return stepper.state();
    }

    /** The recorded state of a kept step. */
    public DescentState state(long step) {
        return new DescentState(step, history.get(step, W), history.get(step, F), history.get(step, GRAD));
    }

    /** The learning rate of the update that left this step, NaN for the current step. */
    public double learningRateAt(long step) {
        return history.get(step, RATE);
    }

    /** The optimizer state recorded at this step, copied into dst (length {@link #optimizerStateSize()}). */
    public void optimizerStateAt(long step, double[] dst) {
        history.copyRow(step, row);
        System.arraycopy(row, STATE, dst, 0, dst.length);
    }

    /** Optimizer state values per step. */
    public int optimizerStateSize() {
        return stateScratch.length;
    }

    /** True when the row of this step is still kept. */
    public boolean isKept(long step) {
        return history.contains(step);
    }

    /** The oldest step that step back can reach. */
    public long firstKeptStep() {
        return history.isEmpty() ? 0 : history.firstStep();
    }

    /** True when the last attempted update (or the start) was not finite. */
    public boolean isDiverged() {
        return divergedAt >= 0;
    }

    /** The step whose row would have been non-finite, or -1. */
    public long divergedAt() {
        return divergedAt;
    }
}
