package org.gradientlab.cli;

import java.io.IOException;

/** A training run as a command's table sees it: {@link RunTable} checks, writes and updates it in turn. */
interface TabulatedRun {

    /** The CSV header, "step" first. */
    String[] columns();

    /** True when every value the current row would hold is finite. */
    boolean isFinite();

    /** Writes the current state as the row of this step. */
    void writeRow(long step, CsvRowWriter rows) throws IOException;

    /** One update at the command's learning rate. */
    void update();
}
