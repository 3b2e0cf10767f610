package org.gradientlab.app.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sweep chart's final-loss axis, which JFreeChart can only draw when finite and not empty. */
class SweepChartRangeTest {

    @Test
    void theAxisRunsFromTheLowestFinalLossToTheStartWithAMargin() {
        double[] range = SweepChart.lossRange(12.75, 0.5);
        // The span 12.25 gets 6 % on each side.
        assertEquals(0.5 - 0.735, range[0], 1e-12);
        assertEquals(12.75 + 0.735, range[1], 1e-12);
    }

    @Test
    void aStartAtTheMinimumStillGetsARange() {
        double[] range = SweepChart.lossRange(0.5, 0.5);
        assertTrue(range[0] < 0.5 && range[1] > 0.5, range[0] + ", " + range[1]);
    }

    @Test
    void whenEveryRateDivergedTheAxisShowsOneUnitBelowTheStart() {
        double[] range = SweepChart.lossRange(3, Double.POSITIVE_INFINITY);
        assertEquals(2 - 0.06, range[0], 1e-12);
        assertEquals(3 + 0.06, range[1], 1e-12);
    }

    @Test
    void aStartWhereFIsUndefinedOrAnOverflowingSpanFallsBackToMinusOneToOne() {
        // log(w) from w0 = -1: f(w0) is NaN and so is every run.
        assertArrayEquals(new double[] {-1, 1}, SweepChart.lossRange(Double.NaN, Double.POSITIVE_INFINITY));
        assertArrayEquals(new double[] {-1, 1}, SweepChart.lossRange(1e308, -1e308));
    }
}
