package org.gradientlab.engine.regression;

import org.gradientlab.engine.RunHistory;
import org.gradientlab.engine.optim.Optimizer;

/**
 * Linear regression by gradient descent (SPEC section 4) that records its history: each step's w0,
 * w1 and whole-data loss, the learning rate and the sums of the update that followed, the optimizer's
 * state and the mini-batch shuffle's state, so that step back restores everything, across epochs too.
 * A run stops at divergence (SPEC section 5): the update that would make w0, w1 or the loss non-finite
 * is not taken, and the run says at which step it happened; a later update at another rate may go on
 * from the last finite state. Not thread-safe: one thread owns a run.
 */
public final class RegressionRun {

    /** Rows kept for step back and the charts: about 46 MB at most for Adam. */
    public static final int DEFAULT_CAPACITY = 1 << 19;

    private static final int W0 = 0;
    private static final int W1 = 1;
    private static final int LOSS = 2;
    private static final int RATE = 3;
    private static final int SUM_R = 4;
    private static final int SUM_RX = 5;
    /** The shuffle generator's 48-bit state at the epoch's start, exact in a double. */
    private static final int EPOCH_STATE = 6;
    private static final int OPTIMIZER_STATE = 7;

    private final RegressionProblem problem;
    private final RegressionStepper stepper;
    private final RunHistory history;
    private final double[] row;
    private final double[] stateScratch;
    private final double[] peekW = new double[2];
    private long divergedAt = -1;

    /** Starts at (w0, w1); if the loss is not finite there, the run is diverged at step 0. */
    public RegressionRun(RegressionProblem problem, Optimizer optimizer, double w0, double w1) {
        this(problem, optimizer, w0, w1, DEFAULT_CAPACITY);
    }

    /** As above, keeping at most {@code capacity} rows. */
    public RegressionRun(RegressionProblem problem, Optimizer optimizer, double w0, double w1, int capacity) {
        this.problem = problem;
        this.stepper = new RegressionStepper(problem, optimizer, w0, w1);
        this.stateScratch = new double[stepper.optimizerStateSize()];
        this.row = new double[OPTIMIZER_STATE + stateScratch.length];
        this.history = new RunHistory(row.length, capacity);
        if (stepper.isFinite()) {
            record();
        } else {
            divergedAt = 0;
        }
    }

    private void record() {
        row[W0] = stepper.w0();
        row[W1] = stepper.w1();
        row[LOSS] = stepper.loss();
        row[RATE] = Double.NaN;
        row[SUM_R] = stepper.nextSumResiduals();
        row[SUM_RX] = stepper.nextSumResidualsTimesX();
        row[EPOCH_STATE] = stepper.epochStartState();
        stepper.copyOptimizerState(stateScratch);
        System.arraycopy(stateScratch, 0, row, OPTIMIZER_STATE, stateScratch.length);
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
        record();
        return true;
    }

    /** Undoes the last update, restoring w0, w1, the optimizer state and the shuffle; false if none is kept. */
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
        System.arraycopy(row, OPTIMIZER_STATE, stateScratch, 0, stateScratch.length);
        stepper.moveTo(step, row[W0], row[W1], stateScratch, (long) row[EPOCH_STATE]);
    }

    /** Where the next update would go at this rate, with the whole-data loss there (O(n)); changes nothing. */
    public RegressionState peekNext(double learningRate) {
        stepper.peekUpdate(learningRate, peekW);
        double loss = LossSurface.loss(problem.data(), problem.reduction(), peekW[0], peekW[1]);
        return new RegressionState(stepper.step() + 1, peekW[0], peekW[1], loss);
    }

    /** The current state. */
    public RegressionState current() {
        return stepper.state();
    }

    /** The recorded state of a kept step. */
    public RegressionState state(long step) {
        return new RegressionState(step, history.get(step, W0), history.get(step, W1), history.get(step, LOSS));
    }

    /** The update that led to the current step, or null at the start or when its row is no longer kept. */
    public RegressionUpdate lastUpdate() {
        long current = stepper.step();
        return history.contains(current - 1) ? updateFrom(current - 1) : null;
    }

    /** The update that leaves a kept step; for the current step, the next one, with its rate NaN. */
    public RegressionUpdate updateFrom(long step) {
        if (step == stepper.step()) {
            return new RegressionUpdate(step, stepper.nextBatchSize(), stepper.nextSumResiduals(),
                    stepper.nextSumResidualsTimesX(), Double.NaN);
        }
        return new RegressionUpdate(step, problem.batchSizeAt(step), history.get(step, SUM_R),
                history.get(step, SUM_RX), history.get(step, RATE));
    }

    /** The learning rate of the update that left this step, NaN for the current step. */
    public double learningRateAt(long step) {
        return history.get(step, RATE);
    }

    /** The optimizer state recorded at this step, copied into dst (length {@link #optimizerStateSize()}). */
    public void optimizerStateAt(long step, double[] dst) {
        history.copyRow(step, row);
        System.arraycopy(row, OPTIMIZER_STATE, dst, 0, dst.length);
    }

    /** Optimizer state values per step, for both parameters. */
    public int optimizerStateSize() {
        return stateScratch.length;
    }

    /** Epochs completed at the current step. */
    public long epoch() {
        return stepper.epoch();
    }

    /** What is fitted and how. */
    public RegressionProblem problem() {
        return problem;
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
