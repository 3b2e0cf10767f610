package org.gradientlab.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Two frames get the same key exactly when what they draw is the same to a quarter of a pixel. */
class FrameKeyTest {

    private static FrameKey key(double x, double y, String label) {
        return new FrameKey().pixel(x).pixel(y).value(label);
    }

    @Test
    void sameToAQuarterPixelIsTheSamePicture() {
        assertEquals(key(100.0, 50.0, "slope 1.5"), key(100.1, 49.9, "slope 1.5"));
        assertEquals(key(100.0, 50.0, "slope 1.5").hashCode(), key(100.1, 49.9, "slope 1.5").hashCode());
    }

    @Test
    void aMovedPointOrAnotherTextIsAnotherPicture() {
        assertNotEquals(key(100.0, 50.0, "slope 1.5"), key(100.25, 50.0, "slope 1.5"));
        assertNotEquals(key(100.0, 50.0, "slope 1.5"), key(100.0, 50.5, "slope 1.5"));
        assertNotEquals(key(100.0, 50.0, "slope 1.5"), key(100.0, 50.0, "slope 1.6"));
        // The order of the parts counts: x then y is not y then x.
        assertNotEquals(key(50.0, 100.0, "a"), key(100.0, 50.0, "a"));
        // A part more is another picture (a trail one point longer).
        assertNotEquals(key(1, 2, "a"), key(1, 2, "a").pixel(3));
    }

    @Test
    void offScreenAndNonFiniteCoordinatesCountAsTheirOwnValues() {
        assertEquals(key(Double.NaN, 0, ""), key(Double.POSITIVE_INFINITY, 0, ""));
        assertEquals(key(2e6, 0, ""), key(3e6, 0, ""));
        assertNotEquals(key(Double.NaN, 0, ""), key(0, 0, ""));
    }
}
