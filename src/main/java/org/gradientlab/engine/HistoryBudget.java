package org.gradientlab.engine;

/**
 * The memory one run's history may take, the same for every lesson's run: 8 MiB of rows, so the
 * five lessons' histories full together take at most 40 MiB and the app stays inside the 128 MiB of
 * live heap that issue 13 aims for (with every lesson played it was 186 MiB, of which the histories
 * took 70: the Deep network's 22, Network's 19). A run of narrow rows keeps more steps back than one
 * of wide rows (Descent 524,288, Network 65,536 with plain descent); every run keeps at least
 * {@link #MIN_ROWS}. The number of rows is a power of two, because {@link RunHistory}'s ring is one:
 * a capacity just above a power of two would take nearly twice the memory once the ring wraps.
 */
public final class HistoryBudget {

    /** Bytes of rows a run's history may hold. */
    public static final long RUN_BYTES = 8L << 20;
    /** Rows kept whatever the width: step back always reaches this far. */
    public static final int MIN_ROWS = 1024;

    private HistoryBudget() {
    }

    /**
     * The rows a history of rows this wide may keep, at most {@code maxRows}: the largest power of
     * two within {@link #RUN_BYTES}, but never fewer than {@link #MIN_ROWS} (or maxRows, if that is
     * fewer).
     */
    public static int rows(int rowWidth, int maxRows) {
        if (rowWidth < 1) {
            throw new IllegalArgumentException("row width " + rowWidth);
        }
        long within = Long.highestOneBit(RUN_BYTES / (Double.BYTES * (long) rowWidth));
        return (int) Math.min(maxRows, Math.max(MIN_ROWS, within));
    }
}
