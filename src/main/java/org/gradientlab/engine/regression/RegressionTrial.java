package org.gradientlab.engine.regression;

import java.util.function.BooleanSupplier;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.sweep.RateRegion;

/**
 * One regression run of N updates at a fixed learning rate, reduced to its outcome: the bare
 * {@link RegressionStepper} loop with no history, updating exactly as {@link RegressionRun} does (the
 * same batches from the same seed), so a sweep's run equals a single run bit for bit. How it ended:
 * <ul>
 * <li>good: the whole-data loss is within {@link #CLOSE} of the way from the start's loss down to
 * the least-squares loss, and stayed there from some step to N;</li>
 * <li>diverging: an update went non-finite (SPEC section 5; the run keeps its last finite state), the
 * loss ran past {@link #RUNAWAY} times the start's, or it ended above the start's loss;</li>
 * <li>too small: none of these, and at least half of the last {@link #DIRECTION_WINDOW} updates went
 * steadily downhill (over all the data) without overshooting, that is without landing where downhill
 * points back (half, so that the odd stray step of a noisy mini-batch does not count);</li>
 * <li>oscillating: none of these either: the run bounces back and forth, or about the best fit.</li>
 * </ul>
 * Immutable; {@link #run} may be called from many threads, each with its own optimizer.
 */
public final class RegressionTrial {

    /** Near the best fit: within this fraction of the start's excess loss over the least-squares loss. */
    public static final double CLOSE = 1e-3;
    /** A loss past this many times the start's has run away: diverging, even if still finite. */
    public static final double RUNAWAY = 1e12;
    /**
     * Points processed between two looks at the cancellation flag: each update is a pass over the
     * data, so on a million points the flag is looked at after every update, on 40 after 26,214.
     */
    public static final int CHECK_POINTS = 1 << 20;
    /** How many of the last updates decide between "too small" (half of them went steadily downhill) and "oscillating". */
    public static final int DIRECTION_WINDOW = 31;

    private final RegressionProblem problem;
    private final double startW0;
    private final double startW1;
    private final SufficientStatistics statistics;
    private final double startLoss;
    private final double bestLoss;
    /** Updates between two looks at the cancellation flag. */
    private final int checkEvery;

    /** Runs of this problem from (startW0, startW1); sums up the data once. */
    public RegressionTrial(RegressionProblem problem, double startW0, double startW1) {
        this.problem = problem;
        this.startW0 = startW0;
        this.startW1 = startW1;
        this.statistics = SufficientStatistics.of(problem.data());
        this.checkEvery = Math.max(1, CHECK_POINTS / Math.max(1, problem.data().size()));
        this.startLoss = LossSurface.loss(problem.data(), problem.reduction(), startW0, startW1);
        this.bestLoss = statistics.sxx() > 0
                ? statistics.loss(statistics.bestW0(), statistics.bestW1(), problem.reduction())
                : problem.reduction().loss(statistics.syy(), statistics.count());
    }

    /**
     * Runs up to {@code maxSteps} updates at one rate.
     *
     * @param optimizer a fresh optimizer owned by the calling thread
     * @param cancelled looked at after about {@link #CHECK_POINTS} points processed
     * @return the outcome, or null if cancelled before the end
     */
    public RegressionOutcome run(Optimizer optimizer, double learningRate, int maxSteps, BooleanSupplier cancelled) {
        return run(optimizer, Schedule.CONSTANT, learningRate, maxSteps, cancelled);
    }

    /** As above, each update's rate taken from the schedule (SPEC section 2); the outcome keeps the rate as set. */
    public RegressionOutcome run(Optimizer optimizer, Schedule schedule, double learningRate, int maxSteps,
                                 BooleanSupplier cancelled) {
        RegressionStepper stepper = new RegressionStepper(problem, optimizer, schedule, startW0, startW1);
        if (!stepper.isFinite()) {
            return new RegressionOutcome(learningRate, 0, 0, startW0, startW1, stepper.loss(), RateRegion.DIVERGING);
        }
        // A sliver above the best loss too, for rounding when the start is already the best fit.
        double tolerance = CLOSE * Math.max(0, startLoss - bestLoss) + 1e-12 * Math.abs(bestLoss);
        double loss = stepper.loss();
        long closeSince = loss - bestLoss <= tolerance ? 0 : -1;
        // Bit i set: the update i + 1 updates ago went downhill without overshooting.
        int steady = 0;
        double[] downhill = new double[2];
        downhill(stepper.w0(), stepper.w1(), downhill);
        for (int k = 1; k <= maxSteps; k++) {
            if (k % checkEvery == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            double before0 = stepper.w0();
            double before1 = stepper.w1();
            double lossBefore = loss;
            stepper.update(learningRate);
            if (!stepper.isFinite()) {
                return new RegressionOutcome(learningRate, k, k - 1, before0, before1, lossBefore, RateRegion.DIVERGING);
            }
            loss = stepper.loss();
            if (loss > RUNAWAY * startLoss) {
                return new RegressionOutcome(learningRate, k, k, stepper.w0(), stepper.w1(), loss, RateRegion.DIVERGING);
            }
            double step0 = stepper.w0() - before0;
            double step1 = stepper.w1() - before1;
            boolean wentDownhill = step0 * downhill[0] + step1 * downhill[1] > 0;
            downhill(stepper.w0(), stepper.w1(), downhill);
            boolean steadily = wentDownhill && step0 * downhill[0] + step1 * downhill[1] >= 0;
            steady = ((steady << 1) | (steadily ? 1 : 0)) & ((1 << DIRECTION_WINDOW) - 1);
            if (loss - bestLoss > tolerance) {
                closeSince = -1;
            } else if (closeSince < 0) {
                closeSince = k;
            }
        }
        RateRegion region;
        long steps = maxSteps;
        if (closeSince >= 0) {
            region = RateRegion.GOOD;
            steps = closeSince;
        } else if (loss > startLoss) {
            region = RateRegion.DIVERGING;
        } else if (2 * Integer.bitCount(steady) >= DIRECTION_WINDOW) {
            region = RateRegion.TOO_SMALL;
        } else {
            region = RateRegion.OSCILLATING;
        }
        return new RegressionOutcome(learningRate, steps, maxSteps, stepper.w0(), stepper.w1(), loss, region);
    }

    /**
     * The downhill direction over all the data at (w0, w1), up to a positive factor: (sum r, sum r*x),
     * from the data's sums in O(1).
     */
    private void downhill(double w0, double w1, double[] into) {
        double sumR = statistics.count() * (statistics.meanY() - w0 - w1 * statistics.meanX());
        into[0] = sumR;
        into[1] = statistics.sxy() - w1 * statistics.sxx() + statistics.meanX() * sumR;
    }

    /** The whole-data loss at the start. */
    public double startLoss() {
        return startLoss;
    }

    /** The least-squares loss, the lowest any run can reach. */
    public double bestLoss() {
        return bestLoss;
    }
}
