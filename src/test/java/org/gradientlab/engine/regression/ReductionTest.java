package org.gradientlab.engine.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.gradientlab.engine.optim.GradientDescent;
import org.junit.jupiter.api.Test;

/** The order of operations that Reduction fixes, and why it matches the textbook rule bit for bit. */
class ReductionTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(42);

    /** Any double of either sign over a wide range of magnitudes. */
    private static double anyDouble() {
        double magnitude = Math.scalb(1 + RANDOM.nextDouble(), RANDOM.nextInt(-60, 60));
        return RANDOM.nextBoolean() ? magnitude : -magnitude;
    }

    @Test
    void gdOnTheNegatedSumIsTheTextbookRuleBitForBit() {
        GradientDescent gd = new GradientDescent();
        double[] params = new double[1];
        double[] gradient = new double[1];
        for (int i = 0; i < 100_000; i++) {
            double w = anyDouble();
            double lr = Math.abs(anyDouble());
            double sum = anyDouble();
            int count = 1 + RANDOM.nextInt(1000);
            params[0] = w;
            gradient[0] = Reduction.SUM.gradient(sum, count);
            gd.update(params, gradient, lr, new double[0], 1);
            assertEquals(w + lr * sum, params[0], "sum");
            params[0] = w;
            gradient[0] = Reduction.MEAN.gradient(sum, count);
            gd.update(params, gradient, lr, new double[0], 1);
            assertEquals(w + lr * (sum / count), params[0], "mean: lr times (sum / b)");
        }
    }

    @Test
    void gradientIsTheNegatedSumOrMean() {
        assertEquals(-8.0, Reduction.SUM.gradient(8, 4));
        assertEquals(-2.0, Reduction.MEAN.gradient(8, 4));
        assertEquals(-(1.0 / 3), Reduction.MEAN.gradient(1, 3));
    }

    @Test
    void lossIsHalfTheSumOfSquaresThenOverTheCount() {
        assertEquals(13.0, Reduction.SUM.loss(26, 3));
        assertEquals(11.25, Reduction.MEAN.loss(90, 4));
        assertEquals(26.0 / 2 / 3, Reduction.MEAN.loss(26, 3));
    }

    @Test
    void everyNaturalOrderOfTheMeanLossGivesTheSameBits() {
        for (int i = 0; i < 100_000; i++) {
            double squares = Math.abs(anyDouble());
            int count = 1 + RANDOM.nextInt(2_000_000);
            double loss = Reduction.MEAN.loss(squares, count);
            assertEquals(squares / count / 2, loss);
            assertEquals(squares / (2.0 * count), loss);
        }
    }

    @Test
    void labels() {
        assertEquals(Reduction.SUM, Reduction.of("sum"));
        assertEquals(Reduction.MEAN, Reduction.of("mean"));
        assertEquals("mean", Reduction.MEAN.label());
        assertThrows(IllegalArgumentException.class, () -> Reduction.of("average"));
    }
}
