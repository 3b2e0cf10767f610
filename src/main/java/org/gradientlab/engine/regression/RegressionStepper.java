package org.gradientlab.engine.regression;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.gradientlab.engine.RecordableStepper;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * The bare loop of SPEC section 4, without history: h(x) = w0 + w1*x, an optimizer of SPEC section 2
 * with g = (-sum_j r_j, -sum_j r_j*x_j) over the next batch (divided by its size for mean), and the
 * loss over the whole data set. Allocation-free per update.
 *
 * <p>For the full batch, one pass at the current (w0, w1) gives both the next update's sums and the
 * loss, since the residuals are the same. For mini-batches the next batch's sums are computed after
 * each update and the whole-data loss only when asked for; {@link #isFinite()} first tries a cheap
 * bound that proves the loss finite, so a run checks every row for divergence without paying O(n) per
 * update. Not thread-safe: one thread owns a stepper.
 */
public final class RegressionStepper implements RecordableStepper {

    /** Columns of a recorded row: w0, w1, loss, the next update's sums, shuffle state, optimizer state. */
    static final int W0 = 0;
    static final int W1 = 1;
    static final int LOSS = 2;
    static final int SUM_R = 3;
    static final int SUM_RX = 4;
    /** The shuffle generator's 48-bit state at the epoch's start, exact in a double. */
    static final int EPOCH_STATE = 5;
    static final int STATE = 6;

    private final double[] x;
    private final double[] y;
    private final Reduction reduction;
    private final Optimizer optimizer;
    private final Schedule schedule;
    /** The shuffled order of mini-batches; null for the full batch in data order. */
    private final EpochOrder order;
    /** max|x_j| and max|y_j| for {@link #lossIsSurelyFinite}; NaN for the full batch, which never asks. */
    private final double maxAbsX;
    private final double maxAbsY;
    private final double[] params = new double[2];
    /** dLoss/dw0 and dLoss/dw1 over the next update's batch, at params. */
    private final double[] gradient = new double[2];
    private final double[] optimizerState;
    private final double[] peekState;
    private final ResidualSums nextBatch = new ResidualSums();
    private double loss;
    private boolean lossKnown;
    private long step;
    /** The step this stepper started at: its optimizer counts t from 1 after it. */
    private final long startStep;

    /** Starts at (w0, w1) with zero optimizer state. */
    public RegressionStepper(RegressionProblem problem, Optimizer optimizer, double w0, double w1) {
        this(problem, optimizer, w0, w1, 0, 0);
    }

    /**
     * Starts at (w0, w1) as step {@code startStep} (a branch with another optimizer goes on numbering
     * the steps of the run it left) with zero optimizer state, its t 1 for the update after startStep;
     * a mini-batch order is put where a run from the seed is before update startStep + 1, given that
     * run's shuffle state recorded at startStep, so the branch takes the batches the run it left would have
     * (at step 0 the shuffle state is not read).
     */
    public RegressionStepper(RegressionProblem problem, Optimizer optimizer, double w0, double w1, long startStep,
                             long shuffleState) {
        this(problem, optimizer, Schedule.CONSTANT, w0, w1, startStep, shuffleState);
    }

    /** Starts at (w0, w1) with zero optimizer state, each update's rate taken from the schedule (SPEC section 2). */
    public RegressionStepper(RegressionProblem problem, Optimizer optimizer, Schedule schedule, double w0, double w1) {
        this(problem, optimizer, schedule, w0, w1, 0, 0);
    }

    /**
     * As {@link #RegressionStepper(RegressionProblem, Optimizer, double, double, long, long)}, with each
     * update's rate taken from the schedule at the optimizer's t (SPEC section 2).
     */
    public RegressionStepper(RegressionProblem problem, Optimizer optimizer, Schedule schedule, double w0, double w1,
                             long startStep, long shuffleState) {
        this.schedule = schedule;
        this.x = problem.data().x();
        this.y = problem.data().y();
        this.reduction = problem.reduction();
        this.optimizer = optimizer;
        this.order = problem.isFullBatch() ? null : new EpochOrder(x.length, problem.batchSize(), problem.seed());
        // Only a mini-batch run asks for the bound (the full batch sums the loss every update): two
        // passes over a million points cost a whole process start 10 to 30 ms (issue 13).
        this.maxAbsX = order == null ? Double.NaN : maxAbs(x);
        this.maxAbsY = order == null ? Double.NaN : maxAbs(y);
        this.optimizerState = new double[2 * optimizer.stateSize()];
        this.peekState = new double[optimizerState.length];
        params[W0] = w0;
        params[W1] = w1;
        this.startStep = startStep;
        this.step = startStep;
        // At step 0 the order is already the seed's first epoch (the only shuffle state there).
        if (order != null && startStep > 0) {
            order.moveTo(startStep, shuffleState);
        }
        evaluate();
    }

    /** The optimizer's step counter for the next update: 1 for the first update after the start. */
    private long nextT() {
        return step - startStep + 1;
    }

    /** The step this stepper started at (0 unless it is a branch with another optimizer). */
    public long startStep() {
        return startStep;
    }

    /** The shuffle generator's state at the current epoch's start (0 for the full batch), as recorded. */
    public long shuffleState() {
        return order == null ? 0 : order.epochStartState();
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    /** One update at this learning rate, then the next batch's sums at the new (w0, w1). */
    @Override
    public void update(double learningRate) {
        long t = nextT();
        optimizer.update(params, gradient, schedule.rate(learningRate, t), optimizerState, t);
        step++;
        if (order != null) {
            order.advance();
        }
        evaluate();
    }

    private void evaluate() {
        double w0 = params[W0];
        double w1 = params[W1];
        if (order == null) {
            nextBatch.overAll(x, y, w0, w1);
            loss = reduction.loss(nextBatch.sumOfSquares, x.length);
            lossKnown = true;
        } else {
            nextBatch.overBatch(x, y, order.order(), order.batchStart(), order.batchEnd(), w0, w1);
            lossKnown = false;
        }
        gradient[W0] = reduction.gradient(nextBatch.sumResiduals, nextBatch.count);
        gradient[W1] = reduction.gradient(nextBatch.sumResidualsTimesX, nextBatch.count);
    }

    /** The loss at (w0, w1) over the whole data set (computed on first request for mini-batches). */
    public double loss() {
        if (!lossKnown) {
            loss = reduction.loss(ResidualSums.sumOfSquares(x, y, params[W0], params[W1]), x.length);
            lossKnown = true;
        }
        return loss;
    }

    /** True when w0, w1 and the loss are finite (SPEC section 5: otherwise the run has diverged). */
    @Override
    public boolean isFinite() {
        if (!Double.isFinite(params[W0]) || !Double.isFinite(params[W1])) {
            return false;
        }
        return (!lossKnown && lossIsSurelyFinite()) || Double.isFinite(loss());
    }

    /**
     * |r_j| &lt;= max|y| + |w0| + |w1|*max|x| = B, so the loss is at most n*B^2 up to rounding (a factor
     * below 1.001 for any n an array holds); a margin of 4 below the largest double proves it finite.
     */
    private boolean lossIsSurelyFinite() {
        double bound = maxAbsY + Math.abs(params[W0]) + Math.abs(params[W1]) * maxAbsX;
        return (double) x.length * bound * bound <= Double.MAX_VALUE / 4;
    }

    /** The (w0, w1) that {@link #update} would reach at this rate, into {@code w}; changes nothing. */
    public void peekUpdate(double learningRate, double[] w) {
        w[W0] = params[W0];
        w[W1] = params[W1];
        System.arraycopy(optimizerState, 0, peekState, 0, peekState.length);
        long t = nextT();
        optimizer.update(w, gradient, schedule.rate(learningRate, t), peekState, t);
    }

    @Override
    public int rowWidth() {
        return STATE + optimizerState.length;
    }

    @Override
    public void writeRow(double[] row, int offset) {
        row[offset + W0] = params[W0];
        row[offset + W1] = params[W1];
        // A mini-batch's whole-data loss costs a pass over all the points: not summed for every row.
        row[offset + LOSS] = lossKnown ? loss : Double.NaN;
        row[offset + SUM_R] = nextBatch.sumResiduals;
        row[offset + SUM_RX] = nextBatch.sumResidualsTimesX;
        row[offset + EPOCH_STATE] = order == null ? 0 : order.epochStartState();
        System.arraycopy(optimizerState, 0, row, offset + STATE, optimizerState.length);
    }

    @Override
    public void restoreRow(long step, double[] row, int offset) {
        this.step = step;
        params[W0] = row[offset + W0];
        params[W1] = row[offset + W1];
        System.arraycopy(row, offset + STATE, optimizerState, 0, optimizerState.length);
        if (order != null) {
            order.moveTo(step, (long) row[offset + EPOCH_STATE]);
        }
        evaluate();
    }

    /** Updates made so far. */
    @Override
    public long step() {
        return step;
    }

    /** Epochs completed: every update is one for the full batch. */
    public long epoch() {
        return order == null ? step : order.epoch();
    }

    /** The intercept. */
    public double w0() {
        return params[W0];
    }

    /** The slope. */
    public double w1() {
        return params[W1];
    }

    /** The points in the next update's batch. */
    public int nextBatchSize() {
        return nextBatch.count;
    }

    /** The data indices (from 0) of the points in the next update's batch, in the order summed; a new array. */
    public int[] nextBatchIndices() {
        if (order == null) {
            return IntStream.range(0, x.length).toArray();
        }
        return Arrays.copyOfRange(order.order(), order.batchStart(), order.batchEnd());
    }

    /** sum_j r_j over the next update's batch, at the current (w0, w1). */
    public double nextSumResiduals() {
        return nextBatch.sumResiduals;
    }

    /** sum_j r_j*x_j over the next update's batch, at the current (w0, w1). */
    public double nextSumResidualsTimesX() {
        return nextBatch.sumResidualsTimesX;
    }

    /** The current state as an immutable row. */
    public RegressionState state() {
        return new RegressionState(step, params[W0], params[W1], loss());
    }

    /** The optimizer's state values, (v, s, m) per parameter, copied into dst. */
    public void copyOptimizerState(double[] dst) {
        System.arraycopy(optimizerState, 0, dst, 0, optimizerState.length);
    }

    /** How many optimizer state values there are (for both parameters). */
    public int optimizerStateSize() {
        return optimizerState.length;
    }

    /** The optimizer in use. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The learning-rate schedule in use. */
    public Schedule schedule() {
        return schedule;
    }
}
