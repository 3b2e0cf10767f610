package org.gradientlab.cli;

import java.io.IOException;
import org.gradientlab.engine.descent.DescentStepper;

/**
 * The rows of the {@code descent} command, SPEC section 5: row k is the state before update k+1;
 * {@code every} keeps the rows whose step is a multiple of it and the last row of a finished run.
 * A row that would hold a non-finite w, f or grad stops the run and is not written.
 */
final class DescentTable {

    /** The CSV header. */
    static final String[] COLUMNS = {"step", "w", "f", "grad"};

    private DescentTable() {
    }

    /**
     * Writes the header and the kept rows of {@code steps} updates from the stepper's current state,
     * which must be step 0.
     *
     * @return the step of the first non-finite row, or -1 when the run finished
     */
    static long write(DescentStepper stepper, double learningRate, long steps, long every, CsvRowWriter rows)
            throws IOException {
        rows.header(COLUMNS);
        // A running target instead of step % every: no division in the hot loop.
        long nextKept = 0;
        for (long step = 0; ; step++) {
            if (!stepper.isFinite()) {
                return step;
            }
            boolean kept = step == nextKept;
            if (kept) {
                nextKept += every;
            }
            if (kept || step == steps) {
                rows.beginRow(step).add(stepper.w()).add(stepper.value()).add(stepper.grad()).endRow();
            }
            if (step == steps) {
                return -1;
            }
            stepper.update(learningRate);
        }
    }
}
