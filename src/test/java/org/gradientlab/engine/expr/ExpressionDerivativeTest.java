package org.gradientlab.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Values and exact derivatives of every function and operator, against textbook formulas. */
class ExpressionDerivativeTest {

    /** Asserts equality to a relative 1e-14: the formulas are exact, only rounding may differ. */
    private static void assertClose(double expected, double actual, String what) {
        double tolerance = 1e-14 * Math.max(1, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= tolerance, () -> what + ": expected " + expected + " but was " + actual);
    }

    private static void assertFunction(String text, DoubleUnaryOperator f, DoubleUnaryOperator fPrime, double... points)
            throws ExpressionException {
        Expression expression = Expression.parse(text);
        for (double w : points) {
            assertClose(f.applyAsDouble(w), expression.value(w), text + " at w = " + w);
            assertClose(fPrime.applyAsDouble(w), expression.derivative(w), text + "' at w = " + w);
        }
    }

    @Test
    void trigonometricFunctions() throws ExpressionException {
        double[] points = {-2, -0.4, 0, 0.9, 2.7};
        assertFunction("sin(w)", Math::sin, Math::cos, points);
        assertFunction("cos(w)", Math::cos, w -> -Math.sin(w), points);
        assertFunction("tan(w)", Math::tan, w -> 1 / (Math.cos(w) * Math.cos(w)), points);
    }

    @Test
    void exponentialAndNaturalLogarithm() throws ExpressionException {
        assertFunction("exp(w)", Math::exp, Math::exp, -3, 0, 0.5, 4);
        assertFunction("log(w)", Math::log, w -> 1 / w, 0.01, 0.5, 1, Math.E, 40);
    }

    @Test
    void squareRootAndAbsoluteValue() throws ExpressionException {
        assertFunction("sqrt(w)", Math::sqrt, w -> 1 / (2 * Math.sqrt(w)), 0.01, 1, 2, 9);
        assertFunction("abs(w)", Math::abs, Math::signum, -3, -0.1, 0.1, 3);
    }

    @Test
    void hyperbolicTangentAndSigmoid() throws ExpressionException {
        assertFunction("tanh(w)", Math::tanh, w -> 1 - Math.tanh(w) * Math.tanh(w), -2, 0, 0.3, 5);
        DoubleUnaryOperator sigmoid = w -> 1 / (1 + Math.exp(-w));
        assertFunction("sigmoid(w)", sigmoid,
                w -> sigmoid.applyAsDouble(w) * (1 - sigmoid.applyAsDouble(w)), -4, 0, 0.3, 6);
        assertEquals(0.5, Expression.parse("sigmoid(0)").value(0));
        assertEquals(0.25, Expression.parse("sigmoid(w)").derivative(0));
    }

    @Test
    void sumDifferenceProductAndQuotientRules() throws ExpressionException {
        double[] points = {-1.5, 0.2, 2};
        assertFunction("w^2 + sin(w)", w -> w * w + Math.sin(w), w -> 2 * w + Math.cos(w), points);
        assertFunction("w^3 - 4*w", w -> w * w * w - 4 * w, w -> 3 * w * w - 4, points);
        assertFunction("w*exp(w)", w -> w * Math.exp(w), w -> (1 + w) * Math.exp(w), points);
        assertFunction("sin(w)/(w^2+1)", w -> Math.sin(w) / (w * w + 1),
                w -> (Math.cos(w) * (w * w + 1) - Math.sin(w) * 2 * w) / ((w * w + 1) * (w * w + 1)), points);
        assertFunction("1/w", w -> 1 / w, w -> -1 / (w * w), points);
        assertFunction("-w", w -> -w, w -> -1, points);
    }

    @Test
    void chainRule() throws ExpressionException {
        double[] points = {-1.2, 0.4, 1.9};
        assertFunction("sin(3*w)", w -> Math.sin(3 * w), w -> 3 * Math.cos(3 * w), points);
        assertFunction("exp(-w^2)", w -> Math.exp(-w * w), w -> -2 * w * Math.exp(-w * w), points);
        assertFunction("log(w^2+1)", w -> Math.log(w * w + 1), w -> 2 * w / (w * w + 1), points);
        assertFunction("sqrt(1+w^2)", w -> Math.sqrt(1 + w * w), w -> w / Math.sqrt(1 + w * w), points);
        assertFunction("tanh(sin(w))", w -> Math.tanh(Math.sin(w)),
                w -> (1 - Math.pow(Math.tanh(Math.sin(w)), 2)) * Math.cos(w), points);
        assertFunction("abs(w^3 - 1)", w -> Math.abs(w * w * w - 1), w -> Math.signum(w * w * w - 1) * 3 * w * w, points);
    }

    @Test
    void powerWithAConstantExponentWorksForNegativeBases() throws ExpressionException {
        assertFunction("w^2", w -> w * w, w -> 2 * w, -3, -0.5, 0, 2);
        assertFunction("w^3", w -> w * w * w, w -> 3 * w * w, -2, 0, 1.5);
        assertFunction("w^-1", w -> 1 / w, w -> -1 / (w * w), -2, 0.5, 2);
        assertFunction("(2*w)^(1+1)", w -> 4 * w * w, w -> 8 * w, -1, 3);
        assertEquals(-6.0, Expression.parse("w^2").derivative(-3));
    }

    @Test
    void powerEdgesAtZero() throws ExpressionException {
        assertEquals(1.0, Expression.parse("w^0").value(0));
        assertEquals(0.0, Expression.parse("w^0").derivative(0));
        assertEquals(Double.POSITIVE_INFINITY, Expression.parse("w^0.5").derivative(0));
        assertEquals(Double.POSITIVE_INFINITY, Expression.parse("sqrt(w)").derivative(0));
    }

    @Test
    void powerWithAConstantBaseOrAVariableExponent() throws ExpressionException {
        double ln2 = Math.log(2);
        assertFunction("2^w", w -> Math.pow(2, w), w -> Math.pow(2, w) * ln2, -2, 0, 3);
        assertFunction("e^(2*w)", w -> Math.exp(2 * w), w -> 2 * Math.exp(2 * w), -1, 0.5);
        assertFunction("w^w", w -> Math.pow(w, w), w -> Math.pow(w, w) * (Math.log(w) + 1), 0.3, 1, 2.5);
        assertFunction("(w^2+1)^sin(w)", w -> Math.pow(w * w + 1, Math.sin(w)),
                w -> Math.pow(w * w + 1, Math.sin(w))
                        * (Math.cos(w) * Math.log(w * w + 1) + Math.sin(w) * 2 * w / (w * w + 1)), -1.3, 0.2, 2);
    }

    @Test
    void absoluteValueHasSlopeZeroAtZero() throws ExpressionException {
        assertEquals(0.0, Expression.parse("abs(w)").derivative(0));
        assertEquals(0.0, Expression.parse("abs(w)").derivative(-0.0));
        assertEquals(0.0, Expression.parse("abs(w - 2)").derivative(2));
        assertEquals(-1.0, Expression.parse("abs(w)").derivative(-1e-300));
    }

    @Test
    void aConstantFactorDoesNotTurnAnOverflowedTermIntoNaN() throws ExpressionException {
        Expression expression = Expression.parse("3*w^2");
        assertEquals(Double.POSITIVE_INFINITY, expression.value(1e200));
        assertEquals(3 * (2 * 1e200), expression.derivative(1e200));
    }

    @Test
    void expressionsWithoutWHaveDerivativeExactlyZero() throws ExpressionException {
        for (String text : new String[] {"3", "pi^2", "sin(2)*exp(1)", "log(-1)", "1/0", "sqrt(0)", "abs(0)"}) {
            Expression expression = Expression.parse(text);
            for (double w : new double[] {-1, 0, 2, Double.MAX_VALUE}) {
                assertEquals(0.0, expression.derivative(w), () -> text + " at " + w);
            }
        }
    }

    @Test
    void derivativeIsExactWhereAFiniteDifferenceWouldFail() throws ExpressionException {
        // a central difference of w^2 at 1e8 loses most of its digits to cancellation; AD does not
        assertEquals(2e8, Expression.parse("w^2").derivative(1e8));
        assertEquals(2.0, Expression.parse("w^2 + 1e20").derivative(1));
    }
}
