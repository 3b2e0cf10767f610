package org.gradientlab.engine;

/**
 * The recorded rows of a run, one per step, each a fixed number of doubles, kept in primitive
 * arrays. Memory is bounded: past {@code capacity} rows the oldest are dropped, so step back
 * reaches back {@code capacity} steps. Not thread-safe: the thread that runs the engine owns it.
 */
public final class RunHistory {

    private final int width;
    private final int capacity;
    private double[] rows;
    /** Index of the oldest kept row in the ring. */
    private int head;
    private int size;
    private long firstStep;

    /**
     * @param width    doubles per row
     * @param capacity the most rows kept
     */
    public RunHistory(int width, int capacity) {
        if (width < 1 || capacity < 2) {
            throw new IllegalArgumentException("width " + width + ", capacity " + capacity);
        }
        this.width = width;
        this.capacity = capacity;
        this.rows = new double[width * Math.min(capacity, 1024)];
    }

    /** Appends the row for {@code step}, which must follow the last one (or start an empty history). */
    public void append(long step, double[] row) {
        if (size > 0 && step != lastStep() + 1) {
            throw new IllegalArgumentException("step " + step + " does not follow " + lastStep());
        }
        if (size == 0) {
            firstStep = step;
            head = 0;
        }
        if (size == capacity) {
            head = (head + 1) % capacity;
            firstStep++;
            size--;
        } else if (size * width == rows.length) {
            grow();
        }
        System.arraycopy(row, 0, rows, slot(size), width);
        size++;
    }

    private void grow() {
        int newRows = (int) Math.min((long) capacity, 2L * rows.length / width);
        double[] bigger = new double[newRows * width];
        for (int i = 0; i < size; i++) {
            System.arraycopy(rows, slot(i), bigger, i * width, width);
        }
        rows = bigger;
        head = 0;
    }

    private int slot(int index) {
        int ringRows = rows.length / width;
        return ((head + index) % ringRows) * width;
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

    private int slotOf(long step) {
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
