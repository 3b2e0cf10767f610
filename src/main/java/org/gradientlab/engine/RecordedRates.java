package org.gradientlab.engine;

import java.util.Arrays;

/**
 * The learning rate of each recorded update, as runs of steps that used the same rate: a run plays
 * millions of updates at one rate, so a column of the history would hold one number millions of
 * times (4 MiB of a Regression history). Steps are recorded in order; a branch drops the later
 * ones. Not thread-safe: the thread that runs the engine owns it.
 */
final class RecordedRates {

    /** The first step of each run of equal rates, ascending. */
    private long[] firstSteps = new long[16];
    private double[] rates = new double[16];
    private int runs;
    /** One past the last step whose rate is recorded. */
    private long end;

    /**
     * The update that left {@code step} used {@code rate}. The step must follow the last one
     * recorded (or start again after {@link #dropFrom}); runs that end before {@code oldestKept}
     * are forgotten when room runs out.
     */
    void record(long step, double rate, long oldestKept) {
        if (runs > 0 && step != end) {
            throw new IllegalArgumentException("step " + step + " does not follow " + (end - 1));
        }
        end = step + 1;
        if (runs > 0 && Double.compare(rates[runs - 1], rate) == 0) {
            return;
        }
        if (runs == firstSteps.length) {
            forgetBefore(oldestKept);
        }
        if (runs == firstSteps.length) {
            firstSteps = Arrays.copyOf(firstSteps, 2 * runs);
            rates = Arrays.copyOf(rates, 2 * runs);
        }
        firstSteps[runs] = step;
        rates[runs] = rate;
        runs++;
    }

    /** The rate of the update that left {@code step}; NaN when none is recorded (the newest step). */
    double at(long step) {
        if (runs == 0 || step >= end || step < firstSteps[0]) {
            return Double.NaN;
        }
        int found = Arrays.binarySearch(firstSteps, 0, runs, step);
        return rates[found >= 0 ? found : -found - 2];
    }

    /** Forgets the rates of {@code step} and every later step (a branch goes on from there). */
    void dropFrom(long step) {
        end = Math.min(end, step);
        while (runs > 0 && firstSteps[runs - 1] >= end) {
            runs--;
        }
    }

    /** Drops the runs that end before {@code step}, whose steps the history no longer keeps. */
    private void forgetBefore(long step) {
        int first = 0;
        while (first + 1 < runs && firstSteps[first + 1] <= step) {
            first++;
        }
        if (first > 0) {
            System.arraycopy(firstSteps, first, firstSteps, 0, runs - first);
            System.arraycopy(rates, first, rates, 0, runs - first);
            runs -= first;
        }
    }
}
