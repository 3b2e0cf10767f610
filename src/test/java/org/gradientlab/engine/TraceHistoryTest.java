package org.gradientlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TraceHistoryTest {

    @Test
    void keepsEveryStepUntilFull() {
        TraceHistory trace = new TraceHistory(2, 8);
        for (long k = 0; k < 8; k++) {
            trace.record(k, k * 10, -k);
        }
        TraceHistory.Trace t = trace.copy();
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7}, t.steps());
        assertArrayEquals(new double[] {0, 10, 20, 30, 40, 50, 60, 70}, t.values()[0]);
        assertArrayEquals(new double[] {0, -1, -2, -3, -4, -5, -6, -7}, t.values()[1]);
    }

    @Test
    void whenFullKeepsEveryOtherStepAndSpansTheWholeRun() {
        TraceHistory trace = new TraceHistory(1, 8);
        for (long k = 0; k <= 1000; k++) {
            trace.record(k, k);
        }
        TraceHistory.Trace t = trace.copy();
        assertTrue(t.steps().length <= 8);
        assertEquals(0, t.steps()[0]);
        double last = t.steps()[t.steps().length - 1];
        assertTrue(last > 800, "spans the run, last kept " + last);
        for (int i = 1; i < t.steps().length; i++) {
            assertEquals(t.steps()[i] - t.steps()[i - 1], t.steps()[1] - t.steps()[0], "even spacing");
            assertEquals(t.steps()[i], t.values()[0][i], "values stay with their steps");
        }
    }

    @Test
    void truncateDropsLaterPointsForStepBack() {
        TraceHistory trace = new TraceHistory(1, 8);
        for (long k = 0; k < 6; k++) {
            trace.record(k, k);
        }
        trace.truncateAfter(3);
        trace.record(4, 40);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, trace.copy().steps());
        assertArrayEquals(new double[] {0, 1, 2, 3, 40}, trace.copy().values()[0]);
    }

    @Test
    void copiesAreIndependentOfLaterRecords() {
        TraceHistory trace = new TraceHistory(1, 8);
        trace.record(0, 5);
        TraceHistory.Trace before = trace.copy();
        trace.record(1, 6);
        assertEquals(1, before.steps().length);
    }
}
