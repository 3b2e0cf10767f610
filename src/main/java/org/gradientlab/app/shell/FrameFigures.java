package org.gradientlab.app.shell;

import java.util.List;

/**
 * The probe's figures of one lesson's frames: how many, and the median, 99th percentile and longest
 * interval between pulses, in milliseconds (NaN when there were none).
 */
record FrameFigures(int count, double median, double p99, double max) {

    /** From the intervals between pulses, in nanoseconds. */
    static FrameFigures of(List<Long> intervals) {
        double[] ms = intervals.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        if (ms.length == 0) {
            return new FrameFigures(0, Double.NaN, Double.NaN, Double.NaN);
        }
        int p99 = Math.min(ms.length - 1, (int) Math.ceil(0.99 * ms.length) - 1);
        return new FrameFigures(ms.length, ms[ms.length / 2], ms[p99], ms[ms.length - 1]);
    }
}
