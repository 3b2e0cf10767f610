package org.gradientlab.engine.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.gradientlab.engine.DataSet;
import org.junit.jupiter.api.Test;

/** The generated data of {@code --generate}: reproducible from the seed and as documented. */
class LinearDataGeneratorTest {

    @Test
    void theSameSeedGivesTheSameData() {
        DataSet first = LinearDataGenerator.DEFAULT.generate(1000, 1);
        DataSet again = LinearDataGenerator.DEFAULT.generate(1000, 1);
        assertArrayEquals(first.x(), again.x());
        assertArrayEquals(first.y(), again.y());
        assertFalse(Arrays.equals(first.x(), LinearDataGenerator.DEFAULT.generate(1000, 2).x()));
    }

    @Test
    void isTheDocumentedFormulaOnJavaUtilRandom() {
        Random random = new Random(77);
        DataSet data = LinearDataGenerator.DEFAULT.generate(50, 77);
        for (int i = 0; i < 50; i++) {
            double x = random.nextDouble();
            double z = random.nextDouble() + random.nextDouble() + random.nextDouble() + random.nextDouble()
                    + random.nextDouble() + random.nextDouble() + random.nextDouble() + random.nextDouble()
                    + random.nextDouble() + random.nextDouble() + random.nextDouble() + random.nextDouble() - 6;
            double y = 1 + 2 * x + 0.25 * z;
            assertEquals(x, data.x()[i]);
            assertEquals(y, data.y()[i]);
        }
    }

    @Test
    void dataDrawnInPartsIsOneGeneratorDrawingInTurn() {
        // Past PARALLEL_FROM the parts start from skipped-ahead generators; an odd count gives uneven parts.
        int n = LinearDataGenerator.PARALLEL_FROM * 2 + 3;
        DataSet data = LinearDataGenerator.DEFAULT.generate(n, 9);
        Random random = new Random(9);
        for (int i = 0; i < n; i++) {
            double x = random.nextDouble();
            double uniforms = 0;
            for (int k = 0; k < 12; k++) {
                uniforms += random.nextDouble();
            }
            double y = 1 + 2 * x + 0.25 * (uniforms - 6);
            if (x != data.x()[i] || y != data.y()[i]) {
                assertEquals(x, data.x()[i], "x of point " + i);
                assertEquals(y, data.y()[i], "y of point " + i);
            }
        }
    }

    @Test
    void aPrefixOfALongerRunIsTheShorterRun() {
        DataSet small = LinearDataGenerator.DEFAULT.generate(10, 3);
        DataSet large = LinearDataGenerator.DEFAULT.generate(20, 3);
        assertArrayEquals(small.x(), Arrays.copyOf(large.x(), 10));
        assertArrayEquals(small.y(), Arrays.copyOf(large.y(), 10));
    }

    @Test
    void xLiesInItsRangeAndTheNoiseHasTheGivenSpread() {
        DataSet data = LinearDataGenerator.DEFAULT.generate(100_000, 4);
        double squares = 0;
        for (int i = 0; i < data.size(); i++) {
            double x = data.x()[i];
            assertTrue(x >= 0 && x < 1, "x " + x);
            double noise = data.y()[i] - (1 + 2 * x);
            squares += noise * noise;
        }
        assertEquals(0.25, Math.sqrt(squares / data.size()), 0.0025);
        assertThrows(IllegalArgumentException.class, () -> LinearDataGenerator.DEFAULT.generate(0, 1));
    }
}
