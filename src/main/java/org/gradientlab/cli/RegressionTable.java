package org.gradientlab.cli;

import org.gradientlab.engine.regression.RegressionStepper;

/**
 * The rows of the {@code regression} command, SPEC section 5: step, w0, w1 and the loss over the whole
 * data set, written by {@link RunTable}. The loss is asked for only for rows that are written; for the
 * full batch the stepper has it anyway from the pass that gives the next update's sums.
 */
final class RegressionTable {

    /** The CSV header. */
    static final String[] COLUMNS = {"step", "w0", "w1", "loss"};

    private RegressionTable() {
    }

    /** The stepper as a table whose updates use this learning rate. */
    static TabulatedRun of(RegressionStepper stepper, double learningRate) {
        return TabulatedRun.of(COLUMNS, stepper, learningRate, (step, rows) ->
                rows.beginRow(step).add(stepper.w0()).add(stepper.w1()).add(stepper.loss()).endRow());
    }
}
