package org.gradientlab.app.chart;

import org.gradientlab.engine.KeptRun;
import org.gradientlab.engine.TraceHistory.Trace;

/** The rows of a stretch of a run copied into a {@link Trace} for a branch's ghost, thinned to a bounded size. */
public final class GhostTrace {

    /** The most points a ghost keeps: a faded line needs no more. */
    public static final int MAX_POINTS = 2000;

    private GhostTrace() {
    }

    /** Reads the values of one recorded step into a row. */
    @FunctionalInterface
    public interface RowReader {
        /** Fills {@code row} with the values of {@code step}. */
        void read(long step, double[] row);
    }

    /** Steps {@code from..to} (both always kept), evenly thinned to at most {@link #MAX_POINTS}. */
    public static Trace of(long from, long to, int width, RowReader reader) {
        long span = Math.max(0, to - from);
        long stride = Math.max(1, (span + MAX_POINTS - 2) / (MAX_POINTS - 1));
        int n = (int) ((span + stride - 1) / stride) + 1;
        double[] steps = new double[n];
        double[][] values = new double[width][n];
        double[] row = new double[width];
        for (int i = 0; i < n; i++) {
            long step = Math.min(to, from + i * stride);
            reader.read(step, row);
            steps[i] = step;
            for (int c = 0; c < width; c++) {
                values[c][i] = row[c];
            }
        }
        return new Trace(steps, values);
    }

    /**
     * Cuts the run back to {@code step} and gives the ghost of the steps cut off, read from the
     * run's rows before the cut; null (and the run unchanged) when the step is not kept.
     */
    public static Trace branch(KeptRun run, long step, int width, RowReader reader) {
        Trace ghost = of(step, run.lastStep(), width, reader);
        return run.branchAt(step) ? ghost : null;
    }
}
