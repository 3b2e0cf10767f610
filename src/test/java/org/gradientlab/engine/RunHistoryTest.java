package org.gradientlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunHistoryTest {

    /** Row of step k: (k, 10k), so every value says which step it belongs to. */
    private static double[] row(long step) {
        return new double[] {step, 10 * step};
    }

    private static void appendSteps(RunHistory history, long from, long to) {
        for (long step = from; step <= to; step++) {
            history.append(step, row(step));
        }
    }

    private static void assertKeeps(RunHistory history, long first, long last) {
        assertEquals(first, history.firstStep());
        assertEquals(last, history.lastStep());
        assertEquals(last - first + 1, history.size());
        double[] dst = new double[2];
        for (long step = first; step <= last; step++) {
            history.copyRow(step, dst);
            assertArrayEquals(row(step), dst, "row of step " + step);
        }
    }

    @Test
    void keepsRowsInOrder() {
        RunHistory history = new RunHistory(2, 10);
        assertTrue(history.isEmpty());
        appendSteps(history, 0, 4);
        assertKeeps(history, 0, 4);
        assertEquals(30, history.get(3, 1));
        assertEquals(2, history.width());
    }

    @Test
    void dropsTheOldestRowsAtCapacity() {
        RunHistory history = new RunHistory(2, 3);
        appendSteps(history, 0, 4);
        assertKeeps(history, 2, 4);
        assertFalse(history.contains(1));
        assertThrows(IndexOutOfBoundsException.class, () -> history.get(1, 0));
        appendSteps(history, 5, 9);
        assertKeeps(history, 7, 9);
    }

    @Test
    void growsPastTheInitialArrayAndThenWrapsAtCapacity() {
        // Starts with room for 1024 rows, grows to the capacity of 1500, then wraps.
        RunHistory history = new RunHistory(2, 1500);
        appendSteps(history, 0, 1499);
        assertKeeps(history, 0, 1499);
        appendSteps(history, 1500, 2000);
        assertKeeps(history, 501, 2000);
    }

    @Test
    void growsSeveralTimes() {
        RunHistory history = new RunHistory(2, 10_000);
        appendSteps(history, 0, 4999);
        assertKeeps(history, 0, 4999);
    }

    @Test
    void rowsMustFollowEachOther() {
        RunHistory history = new RunHistory(2, 10);
        appendSteps(history, 3, 4);
        assertThrows(IllegalArgumentException.class, () -> history.append(6, row(6)));
        assertThrows(IllegalArgumentException.class, () -> history.append(4, row(4)));
    }

    @Test
    void truncateDropsLaterRowsAndAppendingContinuesFromThere() {
        RunHistory history = new RunHistory(2, 10);
        appendSteps(history, 0, 6);
        history.truncateAfter(3);
        assertKeeps(history, 0, 3);
        history.append(4, new double[] {-4, -40});
        assertEquals(-40, history.get(4, 1));
        assertFalse(history.contains(5));
    }

    @Test
    void truncateAfterTheRingHasWrapped() {
        RunHistory history = new RunHistory(2, 4);
        appendSteps(history, 0, 9);
        history.truncateAfter(7);
        assertKeeps(history, 6, 7);
        appendSteps(history, 8, 12);
        assertKeeps(history, 9, 12);
    }

    @Test
    void truncateBeforeTheFirstRowEmptiesAndAnyStepMayStartAgain() {
        RunHistory history = new RunHistory(2, 4);
        appendSteps(history, 5, 7);
        history.truncateAfter(4);
        assertTrue(history.isEmpty());
        appendSteps(history, 0, 1);
        assertKeeps(history, 0, 1);
    }

    @Test
    void setChangesOneValue() {
        RunHistory history = new RunHistory(2, 3);
        appendSteps(history, 0, 3);
        history.set(2, 1, 99);
        assertEquals(99, history.get(2, 1));
        assertEquals(2, history.get(2, 0));
    }

    @Test
    void clearEmpties() {
        RunHistory history = new RunHistory(2, 3);
        appendSteps(history, 0, 3);
        history.clear();
        assertTrue(history.isEmpty());
        assertFalse(history.contains(3));
    }

    @Test
    void rejectsAnEmptyRowOrATinyCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new RunHistory(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new RunHistory(2, 1));
    }

    @Test
    void aRowWrittenInPlaceIsTheRowOfItsStepAfterWrapping() {
        // Capacity 5 keeps a ring of 8: the slots wrap before the oldest rows are dropped.
        RunHistory history = new RunHistory(2, 5);
        for (long step = 0; step <= 20; step++) {
            int slot = history.appendSlot(step);
            history.array()[slot] = step;
            history.array()[slot + 1] = 10 * step;
            assertEquals(10 * step, history.get(step, 1));
        }
        assertKeeps(history, 16, 20);
        history.truncateAfter(18);
        appendSteps(history, 19, 23);
        assertKeeps(history, 19, 23);
    }

    @Test
    void wideRowsSpanManyChunksAndWrapAcrossThem() {
        // 40 doubles a row: 512 rows to a chunk of 256 KiB, so 5000 rows fill ten chunks and wrap.
        RunHistory history = new RunHistory(40, 5000);
        double[] row = new double[40];
        for (long step = 0; step <= 12_345; step++) {
            java.util.Arrays.fill(row, step);
            row[39] = -step;
            history.append(step, row);
        }
        assertEquals(7346, history.firstStep());
        double[] dst = new double[40];
        for (long step = 7346; step <= 12_345; step += 97) {
            history.copyRow(step, dst);
            assertEquals(step, dst[0]);
            assertEquals(step, dst[38]);
            assertEquals(-step, dst[39]);
        }
        history.truncateAfter(9000);
        history.append(9001, row);
        assertEquals(-12_345, history.get(9001, 39));
        assertEquals(-9000, history.get(9000, 39));
    }
}
