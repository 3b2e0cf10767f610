package org.gradientlab.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The evaluator squares and takes first powers directly: the bits must be exactly Math.pow's. */
class PowerShortcutTest {

    @Test
    void squaresAndFirstPowersAreBitForBitMathPow() throws ExpressionException {
        Expression square = Expression.parse("w^2");
        Expression first = Expression.parse("w^1");
        Expression cube = Expression.parse("w^3");
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double w = Math.scalb(random.nextDouble(-2, 2), random.nextInt(-600, 600));
            assertEquals(Math.pow(w, 2), square.value(w), "w = " + w);
            assertEquals(2 * Math.pow(w, 1), square.derivative(w), "w = " + w);
            assertEquals(Math.pow(w, 1), first.value(w), "w = " + w);
            assertEquals(3 * Math.pow(w, 2), cube.derivative(w), "w = " + w);
        }
        for (double w : new double[] {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 1e154, 1e155}) {
            assertEquals(Math.pow(w, 2), square.value(w), "w = " + w);
        }
    }
}
