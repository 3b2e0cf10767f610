package org.gradientlab.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.gradientlab.engine.TwoVariableFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * f(w1, w2) of SPEC section 6: the variables, the messages, and both partials, against hand-worked
 * values, against the one-variable parser with the other variable written in as a number (bit for
 * bit), and against central differences of {@link ReferenceGrammar} on random expressions.
 */
class SurfaceExpressionTest {

    private static final double H = 1e-5;

    @Test
    void rosenbrockByHand() throws ExpressionException {
        TwoVariableFunction f = SurfaceExpression.parse("(1 - w1)^2 + 100*(w2 - w1^2)^2").evaluator();
        f.evaluate(-1.5, 2);
        // (2.5)^2 + 100*(2 - 2.25)^2 = 6.25 + 6.25; df/dw1 = -2(1-w1) - 400 w1 (w2 - w1^2) = -5 - 150;
        // df/dw2 = 200 (w2 - w1^2) = -50
        assertEquals(12.5, f.value());
        assertEquals(-155, f.partialW1());
        assertEquals(-50, f.partialW2());
    }

    @Test
    void xAndYAreW1AndW2() throws ExpressionException {
        TwoVariableFunction named = SurfaceExpression.parse("sin(w1)*w2^3 - w1/w2").evaluator();
        TwoVariableFunction short_ = SurfaceExpression.parse("sin(x)*y^3 - w1/y").evaluator();
        named.evaluate(0.7, -1.3);
        short_.evaluate(0.7, -1.3);
        assertEquals(named.value(), short_.value());
        assertEquals(named.partialW1(), short_.partialW1());
        assertEquals(named.partialW2(), short_.partialW2());
    }

    @Test
    void aVariableThatIsMissingHasPartialZero() throws ExpressionException {
        SurfaceExpression onlyW2 = SurfaceExpression.parse("3*y^2 + pi");
        assertFalse(onlyW2.dependsOnW1());
        assertTrue(onlyW2.dependsOnW2());
        TwoVariableFunction f = onlyW2.evaluator();
        f.evaluate(5, 2);
        assertEquals(0, f.partialW1());
        assertEquals(12, f.partialW2());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "w1 + w          | unknown name 'w' at column 6",
        "w               | unknown name 'w' at column 1",
        "w3*x            | unknown name 'w3' at column 1",
        "x + z           | unknown name 'z' at column 5",
        "x + sinh(y)     | unknown function 'sinh' at column 5",
        "(x + y))        | unexpected ')' at column 8",
        "x y             | missing operator before 'y' at column 3",
        "''              | empty expression at column 1"})
    void badInputNamesWhatAndWhere(String text, String message) {
        String typed = text.equals("''") ? "" : text;
        assertEquals(message, assertThrows(ExpressionException.class, () -> SurfaceExpression.parse(typed)).getMessage());
    }

    @Test
    void theOneVariableGrammarIsUnchanged() {
        assertEquals("unknown name 'w1' at column 1",
                assertThrows(ExpressionException.class, () -> Expression.parse("w1 + w")).getMessage());
        assertEquals("unknown name 'x' at column 5",
                assertThrows(ExpressionException.class, () -> Expression.parse("w + x")).getMessage());
    }

    /**
     * A random expression of SPEC section 1 whose w's are each w1, w2, x or y at random: the
     * surface text, and the two one-variable texts with the other variable written in as a number.
     */
    private static String[] randomSurface(String oneVariable, Random choice, double w1, double w2) {
        StringBuilder surface = new StringBuilder();
        StringBuilder alongW1 = new StringBuilder();
        StringBuilder alongW2 = new StringBuilder();
        String w1Text = "(" + w1 + ")";
        String w2Text = "(" + w2 + ")";
        for (int i = 0; i < oneVariable.length(); i++) {
            char c = oneVariable.charAt(i);
            if (c != 'w') {
                surface.append(c);
                alongW1.append(c);
                alongW2.append(c);
                continue;
            }
            boolean first = choice.nextBoolean();
            surface.append(first ? (choice.nextBoolean() ? "w1" : "x") : (choice.nextBoolean() ? "w2" : "y"));
            alongW1.append(first ? "w" : w2Text);
            alongW2.append(first ? w1Text : "w");
        }
        return new String[] {surface.toString(), alongW1.toString(), alongW2.toString()};
    }

    @Test
    void eachPartialIsTheOneVariableDerivativeWithTheOtherHeldBitForBit() throws ExpressionException {
        RandomExpressions expressions = new RandomExpressions(2024, 4);
        Random random = new Random(7);
        for (int n = 0; n < 1500; n++) {
            String template = expressions.next();
            double w1 = -3 + 6 * random.nextDouble();
            double w2 = -3 + 6 * random.nextDouble();
            String[] texts = randomSurface(template, random, w1, w2);
            TwoVariableFunction surface = SurfaceExpression.parse(texts[0]).evaluator();
            surface.evaluate(w1, w2);
            Expression alongW1 = Expression.parse(texts[1]);
            Expression alongW2 = Expression.parse(texts[2]);
            String where = texts[0] + " at (" + w1 + ", " + w2 + ")";
            assertEquals(alongW1.value(w1), surface.value(), where);
            assertEquals(alongW1.derivative(w1), surface.partialW1(), where);
            assertEquals(alongW2.derivative(w2), surface.partialW2(), where);
        }
    }

    @Test
    void partialsAgreeWithCentralDifferencesOnRandomExpressions() throws ExpressionException {
        RandomExpressions expressions = new RandomExpressions(31, 4);
        Random random = new Random(8);
        int checked = 0;
        for (int n = 0; n < 1500; n++) {
            String template = expressions.next();
            double w1 = -3 + 6 * random.nextDouble();
            double w2 = -3 + 6 * random.nextDouble();
            String[] texts = randomSurface(template, random, w1, w2);
            TwoVariableFunction surface = SurfaceExpression.parse(texts[0]).evaluator();
            surface.evaluate(w1, w2);
            checked += checkAgainstDifferences(texts[0] + " d/dw1", texts[1], w1, surface.partialW1()) ? 1 : 0;
            checked += checkAgainstDifferences(texts[0] + " d/dw2", texts[2], w2, surface.partialW2()) ? 1 : 0;
        }
        assertTrue(checked >= 1200, checked + " partials checked");
    }

    /** As ExpressionFiniteDifferenceTest: only where the reference says f is smooth and the quotients agree. */
    private static boolean checkAgainstDifferences(String what, String oneVariable, double at, double partial) {
        ReferenceGrammar.Result here = ReferenceGrammar.evaluate(oneVariable, at);
        double f = here.value();
        if (!Double.isFinite(f) || Math.abs(f) > 1e6 || here.nearestSingularity() < 1e-3 || here.largestIntermediate() > 1e100) {
            return false;
        }
        double difference = centralDifference(oneVariable, at, H);
        double coarser = centralDifference(oneVariable, at, 2 * H);
        double tolerance = 1e-6 * Math.max(1, Math.abs(difference)) + 1e-9 * Math.abs(f);
        if (!Double.isFinite(difference) || !(Math.abs(difference - coarser) <= tolerance / 2)) {
            return false;
        }
        assertTrue(Math.abs(partial - difference) <= tolerance,
                () -> what + ": " + partial + " but the difference quotient is " + difference);
        return true;
    }

    private static double centralDifference(String text, double w, double h) {
        return (ReferenceGrammar.evaluate(text, w + h).value() - ReferenceGrammar.evaluate(text, w - h).value()) / (2 * h);
    }
}
