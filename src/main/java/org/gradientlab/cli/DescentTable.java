package org.gradientlab.cli;

import java.io.IOException;
import org.gradientlab.engine.descent.DescentStepper;

/** The rows of the {@code descent} command, SPEC section 5: step, w, f(w), f'(w), through {@link RunTable}. */
final class DescentTable implements RunTable.Run {

    /** The CSV header. */
    static final String[] COLUMNS = {"step", "w", "f", "grad"};

    private final DescentStepper stepper;
    private final double learningRate;

    DescentTable(DescentStepper stepper, double learningRate) {
        this.stepper = stepper;
        this.learningRate = learningRate;
    }

    /**
     * Writes the header and the kept rows of {@code steps} updates from the stepper's current state,
     * which must be step 0.
     *
     * @return the step of the first non-finite row, or -1 when the run finished
     */
    static long write(DescentStepper stepper, double learningRate, long steps, long every, CsvRowWriter rows)
            throws IOException {
        return RunTable.write(new DescentTable(stepper, learningRate), COLUMNS, steps, every, rows);
    }

    @Override
    public boolean isFinite() {
        return stepper.isFinite();
    }

    @Override
    public void writeRow(long step, CsvRowWriter rows) throws IOException {
        rows.beginRow(step).add(stepper.w()).add(stepper.value()).add(stepper.grad()).endRow();
    }

    @Override
    public void update() {
        stepper.update(learningRate);
    }
}
