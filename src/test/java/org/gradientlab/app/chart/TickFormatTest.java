package org.gradientlab.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Axis tick labels: zero reads "0", every label has the digits its tick unit needs, in the app's notation. */
class TickFormatTest {

    @Test
    void zeroIsZeroWhateverTheUnit() {
        for (double unit : new double[] {1e-12, 5e-9, 0.25, 1, 5e9, 2e150}) {
            assertEquals("0", TickFormat.label(0, unit), "unit " + unit);
            assertEquals("0", TickFormat.label(-0.0, unit), "unit " + unit);
            // What 0.1 + 0.2 - 0.3 leaves of a tick that should be at zero.
            assertEquals("0", TickFormat.label(unit * 1e-12, unit), "unit " + unit);
        }
    }

    @Test
    void plainNumbersHaveTheirUnitsDecimals() {
        assertEquals("0.4", TickFormat.label(0.4, 0.2));
        assertEquals("1.2", TickFormat.label(1.2000000000000002, 0.2));
        assertEquals("0.75", TickFormat.label(0.75, 0.25));
        assertEquals("2.5", TickFormat.label(2.5, 2.5));
        assertEquals("10", TickFormat.label(10, 2));
        assertEquals("−0.096", TickFormat.label(-0.096, 0.002));
        assertEquals("1.0005", TickFormat.label(1.0005, 0.0005));
        assertEquals("250000", TickFormat.label(250000, 50000));
    }

    @Test
    void largeAndTinyNumbersReadLikeTheRestOfTheApp() {
        assertEquals("5e−9", TickFormat.label(5e-9, 5e-9));
        assertEquals("1e−8", TickFormat.label(1e-8, 5e-9));
        assertEquals("1.5e−8", TickFormat.label(1.5e-8, 5e-9));
        assertEquals("5e9", TickFormat.label(5e9, 5e9));
        assertEquals("1.5e10", TickFormat.label(1.5e10, 5e9));
        assertEquals("−2e150", TickFormat.label(-2e150, 2e150));
    }
}
