package org.gradientlab.engine;

import java.util.Arrays;

/**
 * A few values per step (a cost, the parameters) kept for charts over a run of any length, in
 * bounded memory: when full, every other point is dropped and from then on only every second
 * step is kept, so the trace always spans the whole run at an even density. Step back trims it.
 * Not thread-safe: the thread that runs the engine owns it; {@link #copy()} hands the charts an
 * immutable picture.
 */
public final class TraceHistory {

    private final int width;
    private final int capacity;
    private final double[] steps;
    private final double[][] values;
    private int size;
    /** Only steps that are multiples of this are kept. */
    private long stride = 1;

    /**
     * @param width    values per step
     * @param capacity the most points kept (even, at least 4)
     */
    public TraceHistory(int width, int capacity) {
        if (capacity < 4 || capacity % 2 != 0 || width < 1) {
            throw new IllegalArgumentException("width " + width + ", capacity " + capacity);
        }
        this.width = width;
        this.capacity = capacity;
        this.steps = new double[capacity];
        this.values = new double[width][capacity];
    }

    /** True when {@link #record} would keep this step: a caller can skip gathering the values of the others. */
    public boolean wants(long step) {
        // The stride is a power of two: a mask instead of a division, once per step.
        return (step & (stride - 1)) == 0;
    }

    /** Records the values of a step, if the step falls on the stride; steps must grow. */
    public void record(long step, double... stepValues) {
        if (!wants(step)) {
            return;
        }
        if (size == capacity) {
            halve();
            if (!wants(step)) {
                return;
            }
        }
        steps[size] = step;
        for (int c = 0; c < width; c++) {
            values[c][size] = stepValues[c];
        }
        size++;
    }

    private void halve() {
        stride *= 2;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if ((long) steps[i] % stride == 0) {
                steps[kept] = steps[i];
                for (int c = 0; c < width; c++) {
                    values[c][kept] = values[c][i];
                }
                kept++;
            }
        }
        size = kept;
    }

    /** Drops the points after this step (step back). */
    public void truncateAfter(long step) {
        while (size > 0 && steps[size - 1] > step) {
            size--;
        }
    }

    /** Drops everything. */
    public void clear() {
        size = 0;
        stride = 1;
    }

    /** Points kept. */
    public int size() {
        return size;
    }

    /** An immutable copy for another thread: steps first, then one array per value. */
    public Trace copy() {
        double[][] columns = new double[width][];
        for (int c = 0; c < width; c++) {
            columns[c] = Arrays.copyOf(values[c], size);
        }
        return new Trace(Arrays.copyOf(steps, size), columns);
    }

    /**
     * A picture of a trace.
     *
     * @param steps  the steps, as doubles for the charts
     * @param values one array per value, each as long as steps
     */
    public record Trace(double[] steps, double[][] values) {
        /** An empty trace of the given width. */
        public static Trace empty(int width) {
            return new Trace(new double[0], new double[width][0]);
        }

        /** The points up to {@code step}, ending with {@code atStep} there (the timeline's view of an earlier step). */
        public Trace upTo(long step, double... atStep) {
            int n = 0;
            while (n < steps.length && steps[n] < step) {
                n++;
            }
            return slice(0, n, step, atStep, false);
        }

        /** The points after {@code step}, starting with {@code atStep} there (the part a branch cuts off). */
        public Trace from(long step, double... atStep) {
            int first = 0;
            while (first < steps.length && steps[first] <= step) {
                first++;
            }
            return slice(first, steps.length, step, atStep, true);
        }

        private Trace slice(int from, int to, long step, double[] atStep, boolean atStepFirst) {
            int n = to - from + 1;
            int offset = atStepFirst ? 1 : 0;
            int atIndex = atStepFirst ? 0 : n - 1;
            double[] newSteps = new double[n];
            System.arraycopy(steps, from, newSteps, offset, to - from);
            newSteps[atIndex] = step;
            double[][] columns = new double[values.length][n];
            for (int c = 0; c < values.length; c++) {
                System.arraycopy(values[c], from, columns[c], offset, to - from);
                columns[c][atIndex] = atStep[c];
            }
            return new Trace(newSteps, columns);
        }
    }
}
