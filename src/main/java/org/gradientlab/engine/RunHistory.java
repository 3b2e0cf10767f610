package org.gradientlab.engine;

/**
 * The recorded rows of a run, one per step, each a fixed number of doubles, kept in primitive
 * arrays. Memory is bounded: past {@code capacity} rows the oldest are dropped, so step back
 * reaches back {@code capacity} steps. Not thread-safe: the thread that runs the engine owns it.
 */
public final class RunHistory {

    private final int width;
    private final int capacity;
    /** The ring's most rows: a power of two, so a row's place is a mask away, not a division. */
    private final int maxRingRows;
    private double[] rows;
    /** Rows the ring holds now (a power of two); it doubles up to maxRingRows. */
    private int ringRows;
    /** Index of the oldest kept row in the ring. */
    private int head;
    private int size;
    private long firstStep;

    /**
     * @param width    doubles per row
     * @param capacity the most rows kept
     */
    public RunHistory(int width, int capacity) {
        if (width < 1 || capacity < 2 || capacity > 1 << 30) {
            throw new IllegalArgumentException("width " + width + ", capacity " + capacity);
        }
        this.width = width;
        this.capacity = capacity;
        this.maxRingRows = Integer.highestOneBit(capacity - 1) << 1;
        this.ringRows = Math.min(maxRingRows, 1024);
        this.rows = new double[width * ringRows];
    }

    /** Appends the row for {@code step}, which must follow the last one (or start an empty history). */
    public void append(long step, double[] row) {
        int slot = appendSlot(step);
        // After appendSlot: growing replaces the array.
        System.arraycopy(row, 0, rows, slot, width);
    }

    /**
     * Makes room for the row of {@code step}, which must follow the last one (or start an empty
     * history), and returns where it starts in {@link #array()}: a stepper writes its row there
     * directly, with no copy. Read the array after this call (growing replaces it).
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
        } else if (size == ringRows) {
            grow();
        }
        int slot = slot(size);
        size++;
        return slot;
    }

    /** The ring's storage, for writing a row at the place {@link #appendSlot} gave. */
    double[] array() {
        return rows;
    }

    private void grow() {
        int newRows = Math.min(maxRingRows, 2 * ringRows);
        double[] bigger = new double[newRows * width];
        for (int i = 0; i < size; i++) {
            System.arraycopy(rows, slot(i), bigger, i * width, width);
        }
        rows = bigger;
        ringRows = newRows;
        head = 0;
    }

    private int slot(int index) {
        return ((head + index) & (ringRows - 1)) * width;
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
        return rows[slotOf(step) + column];
    }

    /** Changes one value of a kept row. */
    public void set(long step, int column, double value) {
        rows[slotOf(step) + column] = value;
    }

    /** Copies a kept row into dst. */
    public void copyRow(long step, double[] dst) {
        System.arraycopy(rows, slotOf(step), dst, 0, width);
    }

    /** Where a kept step's row starts in {@link #array()}. */
    public int slotOf(long step) {
        if (!contains(step)) {
            throw new IndexOutOfBoundsException("step " + step + " is not kept (" + firstStep + ".." + lastStep() + ")");
        }
        return slot((int) (step - firstStep));
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
