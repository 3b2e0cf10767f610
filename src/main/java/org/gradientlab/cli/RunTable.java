package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The table every training command writes, SPEC section 5: a header, then row k for the state before
 * update k+1; {@code every} keeps the rows whose step is a multiple of it and the last row of a
 * finished run. A row that would hold a non-finite value stops the run and is not written.
 */
final class RunTable {

    /** A run as its table sees it: the current row, and one update. */
    interface Run {

        /** True when every value of the current row is finite. */
        boolean isFinite();

        /** Writes the current row, which is finite. */
        void writeRow(long step, CsvRowWriter rows) throws IOException;

        /** Makes one update. */
        void update();
    }

    private RunTable() {
    }

    /**
     * Writes the header and the kept rows of {@code steps} updates from the run's current state,
     * which must be step 0.
     *
     * @return the step of the first non-finite row, or -1 when the run finished
     */
    static long write(Run run, String[] columns, long steps, long every, CsvRowWriter rows) throws IOException {
        rows.header(columns);
        // A running target instead of step % every: no division in the loop.
        long nextKept = 0;
        for (long step = 0; ; step++) {
            if (!run.isFinite()) {
                return step;
            }
            boolean kept = step == nextKept;
            if (kept) {
                nextKept += every;
            }
            if (kept || step == steps) {
                run.writeRow(step, rows);
            }
            if (step == steps) {
                return -1;
            }
            run.update();
        }
    }

    /**
     * Writes the whole table to {@code --out} (all or nothing) or stdout, and says on stderr at which
     * step a run diverged.
     *
     * @param outPath the {@code --out} file, or null for stdout
     * @param command the command's name, for the divergence message
     * @return {@link ExitStatus#DONE} or {@link ExitStatus#DIVERGED}
     */
    static int writeCsv(Run run, String[] columns, long steps, long every, String outPath, PrintStream out,
            PrintStream err, String command) throws UsageException, IOException {
        try (CsvOutput output = outPath == null ? CsvOutput.toStdout(out) : CsvOutput.toFile(outPath)) {
            CsvRowWriter rows = new CsvRowWriter(output.stream());
            long divergedAt = write(run, columns, steps, every, rows);
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
