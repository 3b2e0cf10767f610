package org.gradientlab.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.gradientlab.engine.Exp;
import org.junit.jupiter.api.Test;

/** Precedence, associativity, numbers, names and white space of SPEC section 1. */
class ExpressionParsingTest {

    private static final double[] POINTS = {-2.5, -1, -0.3, 0, 0.7, 1.7, 3};

    /** The text must give exactly what plain Java arithmetic gives, at every point. */
    private static void assertMeans(String text, DoubleUnaryOperator java) throws ExpressionException {
        Expression expression = Expression.parse(text);
        for (double w : POINTS) {
            assertEquals(java.applyAsDouble(w), expression.value(w), () -> text + " at w = " + w);
        }
    }

    @Test
    void multiplicationBindsTighterThanAddition() throws ExpressionException {
        assertMeans("1 + 2 * w", w -> 1 + 2 * w);
        assertMeans("w * 2 + 1", w -> w * 2 + 1);
        assertMeans("1 - w / 4 + 3", w -> 1 - w / 4 + 3);
        assertMeans("(1 + 2) * w", w -> 3 * w);
    }

    @Test
    void additionSubtractionAndDivisionAreLeftAssociative() throws ExpressionException {
        assertMeans("w - 1 - 2", w -> (w - 1) - 2);
        assertMeans("1 - w + 2", w -> (1 - w) + 2);
        assertMeans("w / 2 / 4", w -> (w / 2) / 4);
        assertMeans("1 / w * 3", w -> (1 / w) * 3);
        assertMeans("w * 3 / 7", w -> (w * 3) / 7);
    }

    @Test
    void powerIsRightAssociativeAndBindsTighterThanEverything() throws ExpressionException {
        assertEquals(512.0, Expression.parse("2^3^2").value(0));
        assertEquals(64.0, Expression.parse("(2^3)^2").value(0));
        assertMeans("w^2^0.5", w -> Math.pow(w, Math.pow(2, 0.5)));
        assertMeans("2 * w ^ 2", w -> 2 * Math.pow(w, 2));
        assertMeans("w ^ 2 / 4", w -> Math.pow(w, 2) / 4);
        assertMeans("sin(w)^2", w -> Math.pow(Math.sin(w), 2));
    }

    @Test
    void prefixMinusBindsLooserThanPower() throws ExpressionException {
        assertMeans("-w^2", w -> -Math.pow(w, 2));
        assertMeans("(-w)^2", w -> Math.pow(-w, 2));
        assertEquals(-4.0, Expression.parse("-2^2").value(0));
        assertMeans("-w^2^0.5", w -> -Math.pow(w, Math.pow(2, 0.5)));
    }

    @Test
    void aSignedExponentNeedsNoParentheses() throws ExpressionException {
        assertEquals(0.5, Expression.parse("2^-1").value(0));
        assertMeans("2^-w^2", w -> Math.pow(2, -Math.pow(w, 2)));
        assertMeans("2^-w*3", w -> Math.pow(2, -w) * 3);
        assertMeans("e^+w", w -> Math.pow(Math.E, w));
        assertMeans("2^-2^w", w -> Math.pow(2, -Math.pow(2, w)));
    }

    @Test
    void signsMayFollowAnyOperator() throws ExpressionException {
        assertMeans("w - -w", w -> w - -w);
        assertMeans("w * -w", w -> w * -w);
        assertMeans("w / -2", w -> w / -2);
        assertMeans("--w", w -> w);
        assertMeans("-+-w", w -> w);
        assertMeans("+w", w -> w);
        assertMeans("-(w - 3)", w -> -(w - 3));
    }

    @Test
    void constantsAreEulerAndPi() throws ExpressionException {
        assertEquals(Math.PI, Expression.parse("pi").value(0));
        assertEquals(Math.E, Expression.parse("e").value(0));
        assertMeans("e^w", w -> Math.pow(Math.E, w));
        assertMeans("pi*w^2", w -> Math.PI * Math.pow(w, 2));
        assertMeans("e*pi", w -> Math.E * Math.PI);
    }

    @Test
    void everyNumberFormOfTheGrammarIsRead() throws ExpressionException {
        assertEquals(0.5, Expression.parse(".5").value(0));
        assertEquals(1000.0, Expression.parse("1e3").value(0));
        assertEquals(0.015, Expression.parse("1.5E-2").value(0));
        assertEquals(20.0, Expression.parse("2e+1").value(0));
        assertEquals(7.0, Expression.parse("007").value(0));
        assertEquals(2.25, Expression.parse("2.25").value(0));
        assertEquals(0.0625, Expression.parse(".625e-1").value(0));
        assertEquals(Double.MAX_VALUE, Expression.parse("1.7976931348623157e308").value(0));
    }

    @Test
    void aNumberBelowTheSmallestDoubleIsZero() throws ExpressionException {
        assertEquals(0.0, Expression.parse("1e-400").value(0));
        assertEquals(-0.0, Expression.parse("-1e-400").value(0));
        assertEquals(4.9e-324, Expression.parse("4.9e-324").value(0));
    }

    @Test
    void anExponentIsANumberButAStrayEIsEuler() throws ExpressionException {
        assertEquals(2000.0, Expression.parse("2e3").value(0));
        assertEquals(2 * Math.E, Expression.parse("2*e").value(0));
        assertEquals(Math.E + 3, Expression.parse("e+3").value(0));
        assertEquals(Exp.exp(3.0) * 2, Expression.parse("exp(3)*2").value(0));
    }

    @Test
    void whiteSpaceIsIgnoredEverywhereBetweenTokens() throws ExpressionException {
        assertMeans(" \t 3 *\tw ^ 2\n- sin ( w )  ", w -> 3 * Math.pow(w, 2) - Math.sin(w));
        assertMeans("3*w^2-sin(w)", w -> 3 * Math.pow(w, 2) - Math.sin(w));
        assertMeans("w\u00a0+\u20031", w -> w + 1);
    }

    @Test
    void namesAreCaseSensitive() {
        assertEquals("unknown function 'Sin' at column 1",
                assertThrows(ExpressionException.class, () -> Expression.parse("Sin(w)")).getMessage());
        assertEquals("unknown name 'W' at column 1",
                assertThrows(ExpressionException.class, () -> Expression.parse("W")).getMessage());
        assertEquals("unknown name 'PI' at column 1",
                assertThrows(ExpressionException.class, () -> Expression.parse("PI")).getMessage());
        assertEquals("unknown name 'E' at column 3",
                assertThrows(ExpressionException.class, () -> Expression.parse("2*E")).getMessage());
    }

    @Test
    void sourceAndToStringAreTheTextAsTyped() throws ExpressionException {
        String typed = "  w^2 -  3*w ";
        Expression expression = Expression.parse(typed);
        assertEquals(typed, expression.source());
        assertEquals(typed, expression.toString());
    }

    @Test
    void dependsOnWTellsWhetherWIsMentioned() throws ExpressionException {
        assertTrue(Expression.parse("w").dependsOnW());
        assertTrue(Expression.parse("sin(2*pi) + w - w").dependsOnW());
        assertFalse(Expression.parse("2*pi").dependsOnW());
        assertFalse(Expression.parse("sin(1)^2 + e").dependsOnW());
    }

    @Test
    void nullIsAProgrammingErrorNotATypingError() {
        assertThrows(NullPointerException.class, () -> Expression.parse(null));
    }
}
