package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The table every training command writes, SPEC section 5: row k is the state before update k+1;
 * {@code every} keeps the rows whose step is a multiple of it and the last row of a finished run.
 * A row that would hold a non-finite value stops the run and is not written.
 */
final class RunTable {

    private RunTable() {
    }

    /**
     * Writes the header and the kept rows of {@code steps} updates from the run's current state,
     * which must be step 0.
     *
     * @return the step of the first non-finite row, or -1 when the run finished
     */
    static long write(TabulatedRun run, long steps, long every, CsvRowWriter rows) throws IOException {
        rows.header(run.columns());
        long nextKept = 0;
        long step = 0;
        while (true) {
            if (!run.isFinite()) {
                return step;
            }
            boolean kept = step == nextKept;
            if (kept) {
                // Saturated, so that the target below never wraps round to a negative step.
                nextKept = every > Long.MAX_VALUE - nextKept ? Long.MAX_VALUE : nextKept + every;
            }
            if (kept || step == steps) {
                run.writeRow(step, rows);
            }
            if (step == steps) {
                return -1;
            }
            // The updates up to the next row written, each checked on the way: the stepper's own loop
            // runs them, not this one (a run that stops early is at its first non-finite step).
            step += run.updateWhileFinite(Math.min(nextKept, steps) - step);
        }
    }

    /**
     * Writes the whole table to stdout or the --out file (all or nothing), and reports a divergence
     * on stderr.
     *
     * @return {@link ExitStatus#DONE} or {@link ExitStatus#DIVERGED}
     * @throws UsageException the --out file cannot be written
     */
    static int output(String command, TabulatedRun run, TableOptions table, PrintStream out, PrintStream err)
            throws UsageException, IOException {
        try (CsvOutput output = table.outPath() == null ? CsvOutput.toStdout(out) : CsvOutput.toFile(table.outPath())) {
            CsvRowWriter rows = new CsvRowWriter(output.stream());
            long divergedAt = write(run, table.steps(), table.every(), rows);
            rows.flush();
            output.commit();
            if (divergedAt >= 0) {
                Cli.report(err, command, "diverged at step " + divergedAt);
                return ExitStatus.DIVERGED;
            }
            return ExitStatus.DONE;
        }
    }
}
