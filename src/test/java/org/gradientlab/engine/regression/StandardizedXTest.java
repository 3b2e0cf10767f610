package org.gradientlab.engine.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.gradientlab.engine.DataSet;
import org.junit.jupiter.api.Test;

/** Standardising x for the "scale x" toggle. */
class StandardizedXTest {

    @Test
    void scaledXHasMeanZeroAndSdOne() {
        DataSet data = new LinearDataGenerator(0, 1, 1, 100, 200).generate(1000, 3);
        StandardizedX scaled = StandardizedX.of(data);
        double sum = 0;
        double squares = 0;
        for (double x : scaled.data().x()) {
            sum += x;
            squares += x * x;
        }
        assertEquals(0, sum / 1000, 1e-12);
        assertEquals(1, Math.sqrt(squares / 1000), 1e-12);
        assertEquals(150, scaled.mean(), 3);
        // uniform on [100, 200): sd = 100/sqrt(12)
        assertEquals(100 / Math.sqrt(12), scaled.sd(), 2);
        assertSame(data.y(), scaled.data().y(), "y is unchanged");
    }

    @Test
    void worksByHand() {
        // mean 4, deviations -2, 0, 2: sd = sqrt(8/3)
        StandardizedX scaled = StandardizedX.of(new DataSet(new double[] {2, 4, 6}, new double[] {0, 0, 0}));
        assertEquals(4.0, scaled.mean());
        assertEquals(Math.sqrt(8.0 / 3), scaled.sd());
        assertArrayEquals(new double[] {-2 / Math.sqrt(8.0 / 3), 0, 2 / Math.sqrt(8.0 / 3)}, scaled.data().x());
    }

    @Test
    void parametersBackInOriginalUnitsGiveTheSameLine() {
        DataSet data = LinearDataGenerator.DEFAULT.generate(100, 5);
        StandardizedX scaled = StandardizedX.of(data);
        double w0 = 1.7;
        double w1 = -0.4;
        double originalW0 = scaled.originalW0(w0, w1);
        double originalW1 = scaled.originalW1(w1);
        for (int j = 0; j < 100; j++) {
            assertEquals(w0 + w1 * scaled.data().x()[j], originalW0 + originalW1 * data.x()[j], 1e-12);
        }
    }

    @Test
    void equalXAreOnlyCentred() {
        StandardizedX scaled = StandardizedX.of(new DataSet(new double[] {3, 3}, new double[] {1, 2}));
        assertEquals(3.0, scaled.mean());
        assertEquals(1.0, scaled.sd());
        assertArrayEquals(new double[] {0, 0}, scaled.data().x());
    }
}
