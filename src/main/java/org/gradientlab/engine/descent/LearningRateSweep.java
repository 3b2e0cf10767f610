package org.gradientlab.engine.descent;

import org.gradientlab.engine.sweep.RateRegion;
import java.util.function.BooleanSupplier;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.sweep.RateOutcome;
import org.gradientlab.engine.sweep.RateSweep;
import org.gradientlab.engine.sweep.SweepResult;
import org.gradientlab.engine.sweep.TrialProgress;

/**
 * Runs the same function, start and optimizer at many learning rates spaced evenly on a log
 * scale, N updates each, and keeps each run's outcome: the final f(w), the steps it took and its
 * {@link RateRegion}. Immutable; {@link #run} may be called from any thread.
 */
public final class LearningRateSweep implements RateSweep {

    /** The rates a sweep covers unless told otherwise. */
    public static final double DEFAULT_MIN_RATE = 1e-4;
    /** See {@link #DEFAULT_MIN_RATE}. */
    public static final double DEFAULT_MAX_RATE = 10;
    /** Rates per sweep unless told otherwise: 40 a decade from 1e-4 to 10, each power of ten among them. */
    public static final int DEFAULT_RATES = 201;

    private final Expression function;
    private final OptimizerSettings optimizer;
    private final double w0;
    private final double minRate;
    private final double maxRate;
    private final int rateCount;
    private final int maxSteps;

    /**
     * @param minRate   the smallest rate, above 0
     * @param maxRate   the largest rate, above minRate
     * @param rateCount how many rates, at least 2
     * @param maxSteps  N, the updates per run, at least 1
     */
    public LearningRateSweep(Expression function, OptimizerSettings optimizer, double w0, double minRate, double maxRate,
                             int rateCount, int maxSteps) {
        if (!(minRate > 0 && maxRate > minRate) || rateCount < 2 || maxSteps < 1) {
            throw new IllegalArgumentException("a sweep needs 0 < minRate < maxRate, rateCount >= 2 and maxSteps >= 1");
        }
        this.function = function;
        this.optimizer = optimizer;
        this.w0 = w0;
        this.minRate = minRate;
        this.maxRate = maxRate;
        this.rateCount = rateCount;
        this.maxSteps = maxSteps;
    }

    /**
     * Runs every rate on all cores.
     *
     * @param progress  hears each finished run (from worker threads)
     * @param cancelled looked at between runs and every {@link DescentTrial#CHECK_EVERY} updates;
     *                  once true, the rates not yet run are skipped
     */
    @Override
    public SweepResult run(TrialProgress progress, BooleanSupplier cancelled) {
        DescentOutcome[] outcomes = ParallelTrials.run(function, optimizer, rateCount, new ParallelTrials.Setup() {
            @Override
            public double w0(int i) {
                return w0;
            }

            @Override
            public double learningRate(int i) {
                return rateAt(i);
            }
        }, maxSteps, progress, cancelled);
        return new SweepResult(this, (RateOutcome[]) outcomes);
    }

    /** f(w0), where every run starts. */
    @Override
    public double startLoss() {
        return function.value(w0);
    }

    /** The function swept. */
    public Expression function() {
        return function;
    }

    /** The optimizer of every run. */
    public OptimizerSettings optimizer() {
        return optimizer;
    }

    /** The start of every run. */
    public double w0() {
        return w0;
    }

    /** The smallest rate. */
    @Override
    public double minRate() {
        return minRate;
    }

    /** The largest rate. */
    @Override
    public double maxRate() {
        return maxRate;
    }

    /** How many rates. */
    @Override
    public int rateCount() {
        return rateCount;
    }

    /** N, the updates per run. */
    @Override
    public int maxSteps() {
        return maxSteps;
    }
}
