package org.gradientlab.engine.descent;

import org.gradientlab.engine.sweep.TrialProgress;
import java.util.function.BooleanSupplier;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * A grid of runs over start w0 (columns, evenly spaced) and learning rate (rows, log-spaced),
 * N updates each, to show which minimum each start reaches at each rate, if any. Each cell runs
 * from its centre value. Immutable; {@link #run} may be called from any thread.
 */
public final class BasinMap {

    private final Expression function;
    private final OptimizerSettings optimizer;
    private final double minStart;
    private final double maxStart;
    private final int columns;
    private final double minRate;
    private final double maxRate;
    private final int rows;
    private final int maxSteps;

    /**
     * @param minStart the left edge of the start range, below maxStart
     * @param columns  cells across, at least 1
     * @param minRate  the lowest row's rate, above 0 and below maxRate
     * @param rows     cells up, at least 1
     * @param maxSteps N, at least 1
     */
    public BasinMap(Expression function, OptimizerSettings optimizer, double minStart, double maxStart, int columns,
                    double minRate, double maxRate, int rows, int maxSteps) {
        if (!(maxStart > minStart) || !(minRate > 0 && maxRate > minRate) || columns < 1 || rows < 1 || maxSteps < 1) {
            throw new IllegalArgumentException("a basin map needs minStart < maxStart, 0 < minRate < maxRate, "
                    + "at least one row and column, and maxSteps >= 1");
        }
        this.function = function;
        this.optimizer = optimizer;
        this.minStart = minStart;
        this.maxStart = maxStart;
        this.columns = columns;
        this.minRate = minRate;
        this.maxRate = maxRate;
        this.rows = rows;
        this.maxSteps = maxSteps;
    }

    /** The start of the cells in this column: the column's centre. */
    public double startAt(int column) {
        return minStart + (column + 0.5) * (maxStart - minStart) / columns;
    }

    /** The rate of the cells in this row (row 0 lowest): the row's centre in log scale. */
    public double rateAt(int row) {
        return Math.exp(Math.log(minRate) + (row + 0.5) * Math.log(maxRate / minRate) / rows);
    }

    /** The column whose cells cover this start, clamped to the grid. */
    public int columnOf(double w0) {
        int column = (int) Math.floor((w0 - minStart) / (maxStart - minStart) * columns);
        return Math.max(0, Math.min(columns - 1, column));
    }

    /** The row whose cells cover this rate, clamped to the grid. */
    public int rowOf(double learningRate) {
        int row = (int) Math.floor(Math.log(learningRate / minRate) / Math.log(maxRate / minRate) * rows);
        return Math.max(0, Math.min(rows - 1, row));
    }

    /**
     * Runs every cell on all cores.
     *
     * @param progress  hears each finished cell (from worker threads)
     * @param cancelled looked at between cells and every {@link DescentTrial#CHECK_EVERY} updates
     */
    public BasinResult run(TrialProgress progress, BooleanSupplier cancelled) {
        DescentOutcome[] outcomes = ParallelTrials.run(function, optimizer, rows * columns, new ParallelTrials.Setup() {
            @Override
            public double w0(int i) {
                return startAt(i % columns);
            }

            @Override
            public double learningRate(int i) {
                return rateAt(i / columns);
            }
        }, maxSteps, progress, cancelled);
        return new BasinResult(this, outcomes);
    }

    /** The function mapped. */
    public Expression function() {
        return function;
    }

    /** The optimizer of every run. */
    public OptimizerSettings optimizer() {
        return optimizer;
    }

    /** The left edge of the start range. */
    public double minStart() {
        return minStart;
    }

    /** The right edge of the start range. */
    public double maxStart() {
        return maxStart;
    }

    /** The bottom edge of the rate range. */
    public double minRate() {
        return minRate;
    }

    /** The top edge of the rate range. */
    public double maxRate() {
        return maxRate;
    }

    /** Cells across. */
    public int columns() {
        return columns;
    }

    /** Cells up. */
    public int rows() {
        return rows;
    }

    /** N, the updates per run. */
    public int maxSteps() {
        return maxSteps;
    }
}
