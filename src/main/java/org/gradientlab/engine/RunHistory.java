package org.gradientlab.engine;

/**
 * The recorded rows of a run, one per step, each a fixed number of doubles, kept in primitive
 * arrays. Memory is bounded: past {@code capacity} rows the oldest are dropped, so step back
 * reaches back {@code capacity} steps. The ring is {@code capacity} rounded up to a power of two,
 * and once it wraps every slot of it is in use: that, not capacity, is the memory taken. The rows live in a ring of chunks of at most 256 KiB, each
 * made when first needed: growing copies nothing, and no array is large enough for the garbage
 * collector to give it whole regions of its own (one array of 32 MiB took 36 MiB of heap).
 * Not thread-safe: the thread that runs the engine owns it.
 */
public final class RunHistory {

    /** Doubles in a chunk at most: 256 KiB, below half of G1's smallest region (1 MiB). */
    private static final int CHUNK_DOUBLES = 1 << 15;

    private final int width;
    private final int capacity;
    /** Rows in the ring: a power of two, so a row's place is a mask away, not a division. */
    private final int ringRows;
    /** log2 of the rows per chunk (a power of two no larger than the ring). */
    private final int chunkShift;
    private final double[][] chunks;
    /** The chunk that holds the newest row: where {@link #appendSlot}'s answer points. */
    private double[] newest;
    /** Index of the oldest kept row in the ring. */
    private int head;
    private int size;
    private long firstStep;

    /**
     * @param width    doubles per row
     * @param capacity the most rows kept
     */
    public RunHistory(int width, int capacity) {
        if (width < 1 || width > CHUNK_DOUBLES || capacity < 2 || capacity > 1 << 30) {
            throw new IllegalArgumentException("width " + width + ", capacity " + capacity);
        }
        this.width = width;
        this.capacity = capacity;
        this.ringRows = Integer.highestOneBit(capacity - 1) << 1;
        int chunkRows = Math.min(ringRows, Integer.highestOneBit(CHUNK_DOUBLES / width));
        this.chunkShift = Integer.numberOfTrailingZeros(chunkRows);
        this.chunks = new double[ringRows >>> chunkShift][];
    }

    /** Appends the row for {@code step}, which must follow the last one (or start an empty history). */
    public void append(long step, double[] row) {
        int slot = appendSlot(step);
        System.arraycopy(row, 0, newest, slot, width);
    }

    /**
     * Makes room for the row of {@code step}, which must follow the last one (or start an empty
     * history), and returns where it starts in {@link #array()}: a stepper writes its row there
     * directly, with no copy.
     */
    int appendSlot(long step) {
        if (size > 0 && step != lastStep() + 1) {
            throw new IllegalArgumentException("step " + step + " does not follow " + lastStep());
        }
        if (size == 0) {
            firstStep = step;
            head = 0;
        }
        if (size == capacity) {
            head = (head + 1) & (ringRows - 1);
            firstStep++;
            size--;
        }
        int place = (head + size) & (ringRows - 1);
        int chunk = place >>> chunkShift;
        if (chunks[chunk] == null) {
            chunks[chunk] = new double[width << chunkShift];
        }
        newest = chunks[chunk];
        size++;
        return offset(place);
    }

    /** The chunk that holds the newest row, for writing it at the place {@link #appendSlot} gave. */
    double[] array() {
        return newest;
    }

    private int place(long step) {
        if (!contains(step)) {
            throw new IndexOutOfBoundsException("step " + step + " is not kept (" + firstStep + ".." + lastStep() + ")");
        }
        return (head + (int) (step - firstStep)) & (ringRows - 1);
    }

    private int offset(int place) {
        return (place & ((1 << chunkShift) - 1)) * width;
    }

    /** Rows kept. */
    public int size() {
        return size;
    }

    /** True when no row is kept. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The step of the oldest kept row. */
    public long firstStep() {
        return firstStep;
    }

    /** The step of the newest row. */
    public long lastStep() {
        return firstStep + size - 1;
    }

    /** True when the row of this step is kept. */
    public boolean contains(long step) {
        return size > 0 && step >= firstStep && step <= lastStep();
    }

    /** One value of a kept row. */
    public double get(long step, int column) {
        int place = place(step);
        return chunks[place >>> chunkShift][offset(place) + column];
    }

    /** Changes one value of a kept row. */
    public void set(long step, int column, double value) {
        int place = place(step);
        chunks[place >>> chunkShift][offset(place) + column] = value;
    }

    /** Copies a kept row into dst. */
    public void copyRow(long step, double[] dst) {
        int place = place(step);
        System.arraycopy(chunks[place >>> chunkShift], offset(place), dst, 0, width);
    }

    /** Drops every row after {@code step}. */
    public void truncateAfter(long step) {
        if (size > 0 && step < lastStep()) {
            size = (int) Math.max(0, step - firstStep + 1);
        }
    }

    /** Drops every row. */
    public void clear() {
        size = 0;
    }

    /** Doubles per row. */
    public int width() {
        return width;
    }
}
