package org.gradientlab.engine.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gradientlab.engine.DataSet;
import org.junit.jupiter.api.Test;

/** The loss over (w0, w1): the direct sum, the closed form, their grids and the least-squares minimum. */
class LossSurfaceTest {

    @Test
    void directLossWorkedByHand() {
        DataSet three = RegressionStepperTest.THREE;
        // r = (1 - 1, 3 - 2.375, 4 - 3.75): squares 0, 0.390625, 0.0625
        assertEquals(0.453125 / 2, LossSurface.loss(three, Reduction.SUM, 1, 1.375));
        assertEquals(0.453125 / 2 / 3, LossSurface.loss(three, Reduction.MEAN, 1, 1.375));
    }

    @Test
    void closedFormAgreesWithDirectEvaluation() {
        SplittableRandom random = new SplittableRandom(9);
        DataSet[] sets = {
            LinearDataGenerator.DEFAULT.generate(500, 1),
            // far from 0, where raw sums of x^2 would cancel badly
            new LinearDataGenerator(-3000, 2.5, 4, 1000, 1010).generate(300, 2),
            RegressionStepperTest.THREE,
            DataSet.single(2, 5),
        };
        for (DataSet data : sets) {
            SufficientStatistics statistics = SufficientStatistics.of(data);
            for (Reduction reduction : Reduction.values()) {
                for (int i = 0; i < 2000; i++) {
                    double w0 = random.nextDouble(-5000, 5000);
                    double w1 = random.nextDouble(-10, 10);
                    double direct = LossSurface.loss(data, reduction, w0, w1);
                    double closed = statistics.loss(w0, w1, reduction);
                    assertEquals(direct, closed, 1e-11 * direct + 1e-9, "at (" + w0 + ", " + w1 + ")");
                }
            }
        }
    }

    @Test
    void gridsAreFilledRowByRowInW1() {
        DataSet data = LinearDataGenerator.DEFAULT.generate(50, 4);
        double[] w0s = {-1, 0, 1.5};
        double[] w1s = {-0.5, 0.25};
        double[] direct = new double[6];
        double[] closed = new double[6];
        LossSurface.direct(data, Reduction.MEAN, w0s, w1s, direct);
        LossSurface.closedForm(SufficientStatistics.of(data), Reduction.MEAN, w0s, w1s, closed);
        for (int i = 0; i < w1s.length; i++) {
            for (int k = 0; k < w0s.length; k++) {
                double expected = LossSurface.loss(data, Reduction.MEAN, w0s[k], w1s[i]);
                assertEquals(expected, direct[i * 3 + k]);
                assertEquals(expected, closed[i * 3 + k], 1e-12 * expected);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> LossSurface.direct(data, Reduction.SUM, w0s, w1s, new double[5]));
    }

    @Test
    void theLeastSquaresLineIsTheMinimum() {
        DataSet data = LinearDataGenerator.DEFAULT.generate(400, 8);
        SufficientStatistics statistics = SufficientStatistics.of(data);
        double w0 = statistics.bestW0();
        double w1 = statistics.bestW1();
        double best = LossSurface.loss(data, Reduction.SUM, w0, w1);
        for (double d : new double[] {-1e-3, 1e-3}) {
            assertTrue(LossSurface.loss(data, Reduction.SUM, w0 + d, w1) > best);
            assertTrue(LossSurface.loss(data, Reduction.SUM, w0, w1 + d) > best);
        }
        // Near the true line y = 1 + 2x for 400 noisy points.
        assertEquals(1, w0, 0.1);
        assertEquals(2, w1, 0.15);
    }

    @Test
    void aPerfectFitHasZeroLoss() {
        DataSet line = new DataSet(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});
        SufficientStatistics statistics = SufficientStatistics.of(line);
        assertEquals(2.0, statistics.bestW1());
        assertEquals(1.0, statistics.bestW0());
        assertEquals(0.0, statistics.loss(1, 2, Reduction.SUM));
        assertEquals(0.0, LossSurface.loss(line, Reduction.SUM, 1, 2));
    }
}
