package org.gradientlab.engine.sweep;

import java.util.function.BooleanSupplier;

/**
 * One lesson's run at many learning rates spaced evenly on a log scale, N updates each. The
 * lessons' sweeps implement it, so one chart and one window serve them all.
 */
public interface RateSweep {

    /** The smallest rate, above 0. */
    double minRate();

    /** The largest rate, above {@link #minRate()}. */
    double maxRate();

    /** How many rates, at least 2. */
    int rateCount();

    /** N, the updates each run may take. */
    int maxSteps();

    /** The loss at the start of every run (the top of a sweep chart's loss axis). */
    double startLoss();

    /** The i-th rate, from minRate (i = 0) to maxRate (i = rateCount - 1), log-spaced. */
    default double rateAt(int i) {
        return logSpaced(minRate(), maxRate(), i, rateCount());
    }

    /**
     * Runs every rate on all cores.
     *
     * @param progress  hears each finished run (from worker threads)
     * @param cancelled looked at between runs and every few thousand updates inside one; once
     *                  true, the rates not yet run are skipped
     */
    SweepResult run(TrialProgress progress, BooleanSupplier cancelled);

    /** The i-th of n values spaced evenly in log scale from low to high (both included). */
    static double logSpaced(double low, double high, int i, int n) {
        if (n == 1) {
            return low;
        }
        if (i == n - 1) {
            return high;
        }
        return Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * i / (n - 1));
    }
}
