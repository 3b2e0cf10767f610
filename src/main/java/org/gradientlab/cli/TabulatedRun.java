package org.gradientlab.cli;

import java.io.IOException;
import org.gradientlab.engine.RecordableStepper;

/** A training run as a command's table sees it: {@link RunTable} checks, writes and updates it in turn. */
interface TabulatedRun {

    /** The CSV header, "step" first. */
    String[] columns();

    /** True when every value the current row would hold is finite. */
    boolean isFinite();

    /** Writes the current state as the row of this step. */
    void writeRow(long step, CsvRowWriter rows) throws IOException;

    /**
     * Up to {@code count} updates at the command's learning rate, stopping after the first that leaves
     * a value that is not finite; returns the updates made.
     */
    long updateWhileFinite(long count);

    /** Writes a stepper's current state as the row of a step. */
    @FunctionalInterface
    interface Row {
        void write(long step, CsvRowWriter rows) throws IOException;
    }

    /** The stepper as a table with these columns and rows, whose updates use this learning rate. */
    static TabulatedRun of(String[] columns, RecordableStepper stepper, double learningRate, Row row) {
        return new TabulatedRun() {
            @Override
            public String[] columns() {
                return columns;
            }

            @Override
            public boolean isFinite() {
                return stepper.isFinite();
            }

            @Override
            public void writeRow(long step, CsvRowWriter rows) throws IOException {
                row.write(step, rows);
            }

            @Override
            public long updateWhileFinite(long count) {
                return stepper.updateWhileFinite(learningRate, count);
            }
        };
    }
}
