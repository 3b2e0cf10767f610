package org.gradientlab.cli;

import java.io.IOException;
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
        return TabulatedRun.of(COLUMNS, stepper, learningRate, new Rows(stepper));
    }

    /**
     * A class, not a lambda: with no lambda and no regex on its path the command starts without the
     * JDK's lambda machinery, ~8 ms of a run that bench/compare.sh times against C.
     */
    private record Rows(RegressionStepper stepper) implements TabulatedRun.Row {
        @Override
        public void write(long step, CsvRowWriter rows) throws IOException {
            rows.beginRow(step).add(stepper.w0()).add(stepper.w1()).add(stepper.loss()).endRow();
        }
    }
}
