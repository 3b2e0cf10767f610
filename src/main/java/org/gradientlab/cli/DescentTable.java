package org.gradientlab.cli;

import java.io.IOException;
import org.gradientlab.engine.descent.DescentStepper;

/** The rows of the {@code descent} command, SPEC section 5: step,w,f,grad, written by {@link RunTable}. */
final class DescentTable {

    /** The CSV header. */
    static final String[] COLUMNS = {"step", "w", "f", "grad"};

    private DescentTable() {
    }

    /** The stepper as a table whose updates use this learning rate. */
    static TabulatedRun of(DescentStepper stepper, double learningRate) {
        return TabulatedRun.of(COLUMNS, stepper, learningRate, (step, rows) ->
                rows.beginRow(step).add(stepper.w()).add(stepper.value()).add(stepper.grad()).endRow());
    }

    /**
     * Writes the header and the kept rows of {@code steps} updates from the stepper's current state,
     * which must be step 0.
     *
     * @return the step of the first non-finite row, or -1 when the run finished
     */
    static long write(DescentStepper stepper, double learningRate, long steps, long every, CsvRowWriter rows)
            throws IOException {
        return RunTable.write(of(stepper, learningRate), steps, every, rows);
    }
}
