package org.gradientlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkRun;
import org.gradientlab.engine.optim.Adam;
import org.junit.jupiter.api.Test;

class HistoryBudgetTest {

    @Test
    void wideRowsKeepFewerStepsWithinTheBudget() {
        // 8 MiB of 17-double rows is 61,680 rows: the power of two below is 32,768.
        assertEquals(32_768, HistoryBudget.rows(17, 1 << 30));
        assertEquals(1 << 20, HistoryBudget.rows(1, 1 << 30), "a power of two itself");
        assertEquals(1 << 19, HistoryBudget.rows(1, 1 << 19), "narrow rows: the run's own limit");
        assertEquals(HistoryBudget.MIN_ROWS, HistoryBudget.rows(1 << 20, 1 << 19), "at least the minimum");
        assertEquals(5, HistoryBudget.rows(1 << 20, 5), "a smaller limit asked for is kept");
        assertThrows(IllegalArgumentException.class, () -> HistoryBudget.rows(0, 10));
    }

    @Test
    void aRunPlayedPastItsBudgetKeepsOnlyWhatTheBudgetHolds() {
        // Network with Adam: 17 doubles a row, so 8 MiB holds 32,768 rows (its own limit is 262,144).
        NetworkRun run = new NetworkRun(new NetworkProblem(DataSet.single(1.5, 0), Cost.MSE), new Adam(0.9, 0.999, 1e-8),
                new NetworkParameters(0.5, 0, -0.3, 0));
        int steps = 40_000;
        for (int i = 0; i < steps; i++) {
            run.step(0.01);
        }
        long kept = run.lastStep() - run.firstKeptStep() + 1;
        assertEquals(32_768, kept);
        assertTrue(kept < NetworkRun.DEFAULT_CAPACITY);
    }
}
