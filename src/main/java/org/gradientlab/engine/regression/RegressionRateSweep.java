package org.gradientlab.engine.regression;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.sweep.RateSweep;
import org.gradientlab.engine.sweep.SweepResult;
import org.gradientlab.engine.sweep.TrialProgress;

/**
 * The Regression lesson's learning-rate sweep: the same problem (data, reduction, batch size and
 * seed), start and optimizer at many log-spaced rates, N updates each, one {@link RegressionTrial}
 * per rate on all cores. Every run shuffles its mini-batches from the problem's seed, so each equals
 * a single {@link RegressionRun} at its rate. Immutable; {@link #run} may be called from any thread.
 */
public final class RegressionRateSweep implements RateSweep {

    /** Rates per sweep unless told otherwise: 40 a decade over five decades, each power of ten among them. */
    public static final int DEFAULT_RATES = 201;
    /** Decades a default range spans. */
    public static final int DEFAULT_DECADES = 5;

    private final RegressionProblem problem;
    private final OptimizerSettings optimizer;
    private final double w0;
    private final double w1;
    private final double minRate;
    private final double maxRate;
    private final int rateCount;
    private final int maxSteps;
    private final RegressionTrial trial;

    /**
     * @param minRate   the smallest rate, above 0
     * @param maxRate   the largest rate, above minRate
     * @param rateCount how many rates, at least 2
     * @param maxSteps  N, the updates per run, at least 1
     */
    public RegressionRateSweep(RegressionProblem problem, OptimizerSettings optimizer, double w0, double w1,
                               double minRate, double maxRate, int rateCount, int maxSteps) {
        if (!(minRate > 0 && maxRate > minRate && Double.isFinite(maxRate)) || rateCount < 2 || maxSteps < 1) {
            throw new IllegalArgumentException("a sweep needs 0 < minRate < maxRate, rateCount >= 2 and maxSteps >= 1");
        }
        this.problem = problem;
        this.optimizer = optimizer;
        this.w0 = w0;
        this.w1 = w1;
        this.minRate = minRate;
        this.maxRate = maxRate;
        this.rateCount = rateCount;
        this.maxSteps = maxSteps;
        this.trial = new RegressionTrial(problem, w0, w1);
    }

    /** A sweep over {@link #defaultRange} with {@link #DEFAULT_RATES} rates. */
    public static RegressionRateSweep withDefaultRange(RegressionProblem problem, OptimizerSettings optimizer,
                                                       double w0, double w1, int maxSteps) {
        double[] range = defaultRange(problem, optimizer);
        return new RegressionRateSweep(problem, optimizer, w0, w1, range[0], range[1], DEFAULT_RATES, maxSteps);
    }

    /**
     * Five decades that hold the interesting rates. Plain gd on this problem diverges above
     * {@link #criticalRate}, 2 / (the largest curvature of the loss per update), which moves by
     * decades with n, the spread of x, the reduction and the batch size; momentum's limit is at most
     * 2(1 + beta) times gd's, below 4 times. So for gd and momentum the range ends at the first power
     * of ten at or above 4 times the critical rate: the diverging rates take the last decade or so,
     * and the four decades below hold the good ones and the ones too small. rmsprop and adam take
     * steps of about the rate whatever the gradient's size, so for them it is 1e-4 to 10, as in the
     * Descent lesson.
     */
    public static double[] defaultRange(RegressionProblem problem, OptimizerSettings optimizer) {
        if (optimizer.kind().usesEps()) {
            return new double[] {1e-4, 10};
        }
        double critical = criticalRate(problem);
        double top = Double.isFinite(critical) && critical > 0 ? Math.pow(10, Math.ceil(Math.log10(4 * critical))) : 10;
        return new double[] {top / Math.pow(10, DEFAULT_DECADES), top};
    }

    /**
     * The rate above which full-batch gd diverges, 2 / lambda_max, for the curvature of one update's
     * loss on average: the Hessian of the sum over all points [[n, sum x], [sum x, sum x^2]] times
     * b / n for the sum over a batch of b, or 1 / n for the mean.
     */
    public static double criticalRate(RegressionProblem problem) {
        SufficientStatistics s = SufficientStatistics.of(problem.data());
        int n = s.count();
        double a = n;
        double c = n * s.meanX();
        double d = s.sxx() + n * s.meanX() * s.meanX();
        double lambdaMax = (a + d) / 2 + Math.hypot((a - d) / 2, c);
        int batch = problem.isFullBatch() ? n : problem.batchSize();
        double perUpdate = problem.reduction() == Reduction.SUM ? (double) batch / n : 1.0 / n;
        return 2 / (lambdaMax * perUpdate);
    }

    @Override
    public SweepResult run(TrialProgress progress, BooleanSupplier cancelled) {
        RegressionOutcome[] outcomes = new RegressionOutcome[rateCount];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, rateCount).parallel().forEach(i -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            // An optimizer holds no state between calls, but one per run keeps the runs independent.
            outcomes[i] = trial.run(optimizer.create(), optimizer.schedule(), rateAt(i), maxSteps, cancelled);
            if (outcomes[i] != null) {
                progress.finished(done.incrementAndGet(), rateCount);
            }
        });
        return new SweepResult(this, outcomes);
    }

    /** The run at one rate of this sweep, as the sweep runs it. */
    public RegressionOutcome runAt(double learningRate) {
        return trial.run(optimizer.create(), optimizer.schedule(), learningRate, maxSteps, () -> false);
    }

    @Override
    public double startLoss() {
        return trial.startLoss();
    }

    /** The least-squares loss. */
    public double bestLoss() {
        return trial.bestLoss();
    }

    @Override
    public double minRate() {
        return minRate;
    }

    @Override
    public double maxRate() {
        return maxRate;
    }

    @Override
    public int rateCount() {
        return rateCount;
    }

    @Override
    public int maxSteps() {
        return maxSteps;
    }

    /** What is fitted and how. */
    public RegressionProblem problem() {
        return problem;
    }

    /** The optimizer of every run. */
    public OptimizerSettings optimizer() {
        return optimizer;
    }

    /** The start intercept. */
    public double w0() {
        return w0;
    }

    /** The start slope. */
    public double w1() {
        return w1;
    }
}
