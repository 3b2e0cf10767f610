package org.gradientlab.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Slopes at the edges where a plain chain rule would multiply 0 by an infinity. */
class DerivativeEdgeTest {

    @Test
    void zeroToAPositivePowerHasSlopeZero() throws ExpressionException {
        Expression f = Expression.parse("0^w");
        assertEquals(0.0, f.value(2));
        assertEquals(0.0, f.derivative(2));
    }

    @Test
    void aConstantZeroFactorKeepsTheSlopeZeroBesideAnInfiniteOne() throws ExpressionException {
        assertEquals(0.0, Expression.parse("0*sqrt(w)").derivative(0));
        assertEquals(0.0, Expression.parse("sqrt(w)*0").derivative(0));
        // Away from the edge the slope is as before: 3 * 1/(2 sqrt(4)).
        assertEquals(3 * (1 / (2 * Math.sqrt(4))), Expression.parse("3*sqrt(w)").derivative(4));
        assertEquals(Double.POSITIVE_INFINITY, Expression.parse("3*sqrt(w)").derivative(0));
    }
}
