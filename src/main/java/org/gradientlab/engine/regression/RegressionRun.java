package org.gradientlab.engine.regression;

import org.gradientlab.engine.HistoryBudget;
import org.gradientlab.engine.RecordableStepper;
import org.gradientlab.engine.RecordedRun;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * Linear regression by gradient descent (SPEC section 4) that records its history: each step's w0,
 * w1 and whole-data loss, the learning rate and the sums of the update that followed, the optimizer's
 * state and the mini-batch shuffle's state, so that step back restores everything, across epochs too.
 * A run stops at divergence (SPEC section 5): the update that would make w0, w1 or the loss non-finite
 * is not taken, and the run says at which step it happened; a later update at another rate may go on
 * from the last finite state. Not thread-safe: one thread owns a run.
 */
public final class RegressionRun extends RecordedRun {

    /** The most rows kept for step back and the charts; wide rows keep fewer ({@link HistoryBudget}). */
    public static final int DEFAULT_CAPACITY = 1 << 19;

    private final RegressionProblem problem;
    private final RegressionStepper stepper;
    private final double[] peekW = new double[2];

    /** Starts at (w0, w1); if the loss is not finite there, the run is diverged at step 0. */
    public RegressionRun(RegressionProblem problem, Optimizer optimizer, double w0, double w1) {
        this(problem, optimizer, w0, w1, DEFAULT_CAPACITY);
    }

    /** As above, keeping at most {@code capacity} rows. */
    public RegressionRun(RegressionProblem problem, Optimizer optimizer, double w0, double w1, int capacity) {
        this(problem, new RegressionStepper(problem, optimizer, w0, w1), capacity);
    }

    /**
     * A run that starts at (w0, w1) as step {@code startStep} with zero optimizer state, its t from 1,
     * and a mini-batch order where a run from the seed is at startStep given its {@link #shuffleStateAt}
     * there: a branch with another optimizer, exactly a fresh optimizer on the same batches, its steps
     * numbered on from startStep.
     */
    public RegressionRun(RegressionProblem problem, Optimizer optimizer, double w0, double w1, long startStep,
                         long shuffleState, int capacity) {
        this(problem, optimizer, Schedule.CONSTANT, w0, w1, startStep, shuffleState, capacity);
    }

    /** As above, each update's rate taken from the schedule at the optimizer's t (SPEC section 2). */
    public RegressionRun(RegressionProblem problem, Optimizer optimizer, Schedule schedule, double w0, double w1,
                         long startStep, long shuffleState, int capacity) {
        this(problem, new RegressionStepper(problem, optimizer, schedule, w0, w1, startStep, shuffleState), capacity);
    }

    private RegressionRun(RegressionProblem problem, RegressionStepper stepper, int capacity) {
        super(stepper, capacity);
        this.problem = problem;
        this.stepper = stepper;
    }

    /** The step this run started at (0 unless it is a branch with another optimizer). */
    public long startStep() {
        return stepper.startStep();
    }

    /** The mini-batch shuffle's recorded state at a kept step (the generator's at that epoch's start; 0 for the full batch). */
    public long shuffleStateAt(long step) {
        return (long) get(step, RegressionStepper.EPOCH_STATE);
    }

    /** Where the next update would go at this rate, with the whole-data loss there (O(n)); changes nothing. */
    public RegressionState peekNext(double learningRate) {
        stepper.peekUpdate(learningRate, peekW);
        double loss = LossSurface.loss(problem.data(), problem.reduction(), peekW[0], peekW[1]);
        return new RegressionState(stepper.step() + 1, peekW[0], peekW[1], loss);
    }

    /** Updates made so far (the current step), without making a state record or summing the loss. */
    public long step() {
        return stepper.step();
    }

    /** The current state. */
    public RegressionState current() {
        return stepper.state();
    }

    /**
     * True when the last update moved neither w0 nor w1 by more than {@code tolerance} times
     * max(1, |value|): read from the stepper and the history directly, because the runner asks after
     * every update (as two state records, that was a quarter of a gigabyte of garbage in a few seconds).
     * False at the start or when the step before is no longer kept.
     */
    public boolean lastUpdateMovedLessThan(double tolerance) {
        long now = stepper.step();
        if (now == 0 || !isKept(now - 1)) {
            return false;
        }
        return settled(get(now - 1, RegressionStepper.W0), stepper.w0(), tolerance)
                && settled(get(now - 1, RegressionStepper.W1), stepper.w1(), tolerance);
    }

    private static boolean settled(double before, double after, double tolerance) {
        return Math.abs(after - before) <= tolerance * Math.max(1, Math.abs(after));
    }

    /** The recorded state of a kept step. */
    public RegressionState state(long step) {
        double w0 = get(step, RegressionStepper.W0);
        double w1 = get(step, RegressionStepper.W1);
        double loss = get(step, RegressionStepper.LOSS);
        // NaN marks a mini-batch row whose loss was not summed (a kept row is finite otherwise).
        if (Double.isNaN(loss)) {
            loss = LossSurface.loss(problem.data(), problem.reduction(), w0, w1);
        }
        return new RegressionState(step, w0, w1, loss);
    }

    /** The update that led to the current step, or null at the start or when its row is no longer kept. */
    public RegressionUpdate lastUpdate() {
        long current = stepper.step();
        return isKept(current - 1) ? updateFrom(current - 1) : null;
    }

    /** The update that leaves a kept step; for the current step, the next one, with its rate NaN. */
    public RegressionUpdate updateFrom(long step) {
        if (step == stepper.step()) {
            return new RegressionUpdate(step, stepper.nextBatchSize(), stepper.nextSumResiduals(),
                    stepper.nextSumResidualsTimesX(), Double.NaN);
        }
        return new RegressionUpdate(step, problem.batchSizeAt(step), get(step, RegressionStepper.SUM_R),
                get(step, RegressionStepper.SUM_RX), learningRateAt(step));
    }

    /** The optimizer state recorded at this step, copied into dst (length {@link #optimizerStateSize()}). */
    public void optimizerStateAt(long step, double[] dst) {
        copy(step, RegressionStepper.STATE, dst);
    }

    /** Optimizer state values per step, for both parameters. */
    public int optimizerStateSize() {
        return stepper.optimizerStateSize();
    }

    /** Epochs completed at the current step. */
    public long epoch() {
        return stepper.epoch();
    }

    /** What is fitted and how. */
    public RegressionProblem problem() {
        return problem;
    }

    /**
     * The batch of updates, its loop written out here with this run's stepper as its own class (as in
     * every lesson's run: see {@link RecordedRun}'s {@code canUpdateFrom}); exactly {@code max} calls of
     * {@link #step} with {@code after} between them.
     */
    @Override
    public int steps(double learningRate, int max, AfterStep after) {
        RegressionStepper s = stepper;
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
