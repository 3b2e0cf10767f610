package org.gradientlab.engine.descent;

import org.gradientlab.engine.sweep.TrialProgress;
import org.gradientlab.engine.sweep.RateRegion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;

/** The basin map against single runs, and the minima it finds. */
class BasinMapTest {

    private static final OptimizerSettings GD = OptimizerSettings.DEFAULT;
    /** Two minima, near w = -1.30 and w = 1.13, with a maximum near 0.17 between them. */
    private static final String DOUBLE_WELL = "w^4 - 3*w^2 + w";

    @Test
    void everyCellEqualsASingleRunFromItsStartAtItsRate() throws Exception {
        Expression f = Expression.parse(DOUBLE_WELL);
        BasinMap map = new BasinMap(f, GD, -3, 3, 24, 1e-3, 1, 10, 1500);
        BasinResult result = map.run(TrialProgress.NONE, () -> false);
        assertTrue(result.isComplete());
        boolean sawDiverging = false;
        for (int row = 0; row < 10; row++) {
            for (int column = 0; column < 24; column++) {
                DescentOutcome cell = result.at(column, row);
                assertEquals(map.startAt(column), cell.w0());
                assertEquals(map.rateAt(row), cell.learningRate());
                HandRun hand = new HandRun(f, GD, map.startAt(column), map.rateAt(row), 1500);
                String where = "w0 " + cell.w0() + ", rate " + cell.learningRate();
                assertEquals(hand.steps, cell.steps(), where);
                assertEquals(hand.w, cell.w(), where);
                assertEquals(hand.converged, cell.converged(), where);
                assertEquals(hand.diverged, cell.region() == RateRegion.DIVERGING, where);
                sawDiverging |= hand.diverged;
            }
        }
        assertTrue(sawDiverging, "rate 1 from |w0| near 3 overshoots the quartic");
    }

    @Test
    void theDoubleWellHasTwoMinimaAndEachSideOfTheMaximumFindsItsOwn() throws Exception {
        Expression f = Expression.parse(DOUBLE_WELL);
        BasinMap map = new BasinMap(f, GD, -2, 2, 40, 1e-3, 0.05, 8, 2000);
        BasinResult result = map.run(TrialProgress.NONE, () -> false);
        List<Double> minima = result.minima();
        assertEquals(2, minima.size(), minima.toString());
        for (double m : minima) {
            assertTrue(Math.abs(f.derivative(m)) < 1e-5, "f'(" + m + ")");
            assertTrue(f.derivative(m + 0.01) > 0 && f.derivative(m - 0.01) < 0, "a minimum at " + m);
        }
        assertEquals(-1.30, minima.get(0), 0.01);
        assertEquals(1.13, minima.get(1), 0.01);
        // At a small steady rate, gd from left of the maximum (0.17) ends in the left well, from right of it in the right.
        int row = map.rowOf(0.02);
        DescentOutcome left = result.at(map.columnOf(-0.5), row);
        DescentOutcome right = result.at(map.columnOf(0.5), row);
        assertEquals(0, result.minimumOf(left));
        assertEquals(1, result.minimumOf(right));
    }

    @Test
    void stoppingPointsSpreadAroundAFlatMinimumAreOneMinimum() throws Exception {
        // For w^4, |f'| < 1e-6 holds for |w| up to about 0.006: runs stop all over that interval.
        BasinMap map = new BasinMap(Expression.parse("w^4"), GD, -1, 1, 30, 0.05, 0.2, 4, 100000);
        BasinResult result = map.run(TrialProgress.NONE, () -> false);
        assertEquals(1, result.minima().size(), result.minima().toString());
        assertEquals(0, result.minima().get(0), 0.01);
    }

    @Test
    void aCancelledMapStopsWithoutRunningEveryCell() throws Exception {
        AtomicInteger finished = new AtomicInteger();
        BasinMap map = new BasinMap(Expression.parse(DOUBLE_WELL), GD, -3, 3, 120, 1e-4, 10, 80, 2000);
        BasinResult result = map.run((done, total) -> finished.incrementAndGet(), () -> finished.get() >= 10);
        assertTrue(!result.isComplete());
        assertTrue(result.finishedCells() >= 10 && result.finishedCells() < 120 * 80, "ran " + result.finishedCells());
        int skipped = 0;
        for (int row = 0; row < 80; row++) {
            for (int column = 0; column < 120; column++) {
                if (result.at(column, row) == null) {
                    skipped++;
                }
            }
        }
        assertEquals(120 * 80 - result.finishedCells(), skipped);
    }

    @Test
    void cellsAndCoordinatesMapBothWays() throws Exception {
        BasinMap map = new BasinMap(Expression.parse("w^2"), GD, -4, 4, 16, 1e-3, 1, 6, 10);
        for (int column = 0; column < 16; column++) {
            assertEquals(column, map.columnOf(map.startAt(column)));
        }
        for (int row = 0; row < 6; row++) {
            assertEquals(row, map.rowOf(map.rateAt(row)));
        }
        assertEquals(0, map.columnOf(-100));
        assertEquals(5, map.rowOf(50));
    }
}
