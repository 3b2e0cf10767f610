package org.gradientlab.engine;

import org.gradientlab.engine.optim.Schedule;

/**
 * The bare update loop of a problem, as a {@link RecordedRun} drives it: a stepper that can write
 * its whole state (values shown, then the optimizer's state) into a row of doubles and be put back
 * at such a row.
 */
public interface RecordableStepper {

    /** Updates made so far. */
    long step();

    /** One update with this learning rate, then the values at the new parameters. */
    void update(double learningRate);

    /** True when every value a row would hold is finite (SPEC section 5: otherwise the run has diverged). */
    boolean isFinite();

    /**
     * Up to {@code count} updates with this learning rate, the same as that many calls of {@link #update},
     * stopping after the first that leaves a value that is not finite; returns the updates made.
     */
    default long updateWhileFinite(double learningRate, long count) {
        for (long made = 1; made <= count; made++) {
            update(learningRate);
            if (!isFinite()) {
                return made;
            }
        }
        return Math.max(count, 0);
    }

    /** Doubles per recorded row. */
    int rowWidth();

    /** Writes the current state into {@code row[offset .. offset + rowWidth())}. */
    void writeRow(double[] row, int offset);

    /** Puts the stepper at a row written by {@link #writeRow}, as it was at {@code step}. */
    void restoreRow(long step, double[] row, int offset);

    /** The learning-rate schedule each update's rate is taken from (SPEC section 2). */
    Schedule schedule();

    /** The step this stepper started at: its optimizer and schedule count t from 1 after it. */
    long startStep();

    /**
     * lr_t, the rate the update from {@code fromStep} uses when the learning rate is set to lr: the
     * schedule at that update's t = fromStep - startStep + 1 (SPEC section 2).
     */
    default double scheduledRate(double learningRate, long fromStep) {
        return schedule().rate(learningRate, fromStep - startStep() + 1);
    }
}
