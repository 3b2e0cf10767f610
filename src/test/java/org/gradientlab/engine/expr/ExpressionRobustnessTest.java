package org.gradientlab.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.gradientlab.engine.DifferentiableFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Whatever is typed or pasted, parsing ends with an Expression or an ExpressionException whose
 * column lies inside the text (or just past it): never another exception, never a hang.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ExpressionRobustnessTest {

    private static final String ALPHABET = "w pie sincotaxplgqrbhmd0123456789.eE+-*/^()) \t_#";

    /** Parses and checks the outcome is one of the two allowed, returning whether it parsed. */
    private static boolean parseSafely(String text) {
        try {
            Expression.parse(text);
            return true;
        } catch (ExpressionException error) {
            int column = error.column();
            assertTrue(column >= 1 && column <= text.length() + 1, () -> "column " + column + " for \"" + text + "\"");
            assertEquals(error.problem() + " at column " + column, error.getMessage());
            return false;
        }
    }

    @Test
    void randomBytesNeverThrowAnythingElse() {
        Random random = new Random(1);
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            parseSafely(new String(bytes, StandardCharsets.ISO_8859_1));
            parseSafely(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Test
    void randomCharactersNearTheGrammarNeverThrowAnythingElse() {
        Random random = new Random(2);
        for (int n = 0; n < 50_000; n++) {
            char[] chars = new char[random.nextInt(30)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = random.nextInt(20) == 0 ? (char) random.nextInt(0x10000) : ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            parseSafely(new String(chars));
        }
    }

    @Test
    void mutationsOfValidExpressionsNeverThrowAnythingElse() {
        Random random = new Random(3);
        RandomExpressions expressions = new RandomExpressions(4, 4);
        int stillValid = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder(expressions.next());
            for (int edits = 1 + random.nextInt(3); edits > 0 && text.length() > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(4)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    case 2 -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    default -> text.insert(at, text.substring(at, Math.min(text.length(), at + 1 + random.nextInt(6))));
                }
            }
            if (parseSafely(text.toString())) {
                stillValid++;
            }
        }
        assertTrue(stillValid > 1000 && stillValid < 19_000, "mutations left " + stillValid + " valid");
    }

    @Test
    void aTenThousandCharacterExpressionParses() throws ExpressionException {
        StringBuilder text = new StringBuilder("0");
        int terms = 0;
        while (text.length() < 10_000 - 12) {
            text.append(" + sin(w)*0.5");
            terms++;
        }
        text.append(" ".repeat(10_000 - text.length()));
        assertEquals(10_000, text.length());
        Expression expression = Expression.parse(text.toString());
        double expected = 0;
        for (int k = 0; k < terms; k++) {
            expected = expected + Math.sin(1.3) * 0.5;
        }
        assertEquals(expected, expression.value(1.3));
        assertEquals(terms * Math.cos(1.3) * 0.5, expression.derivative(1.3), 1e-9 * terms);
    }

    @Test
    void aThousandNestedParenthesesParse() throws ExpressionException {
        Expression expression = Expression.parse("(".repeat(1000) + "w" + ")".repeat(1000));
        assertEquals(-2.5, expression.value(-2.5));
        assertEquals(1.0, expression.derivative(-2.5));
    }

    @Test
    void aThousandNestedFunctionCallsParseAndDifferentiate() throws ExpressionException {
        Expression expression = Expression.parse("sin(".repeat(1000) + "w" + ")".repeat(1000));
        double value = 1.2;
        double slope = 1;
        for (int k = 0; k < 1000; k++) {
            slope = Math.cos(value) * slope;
            value = Math.sin(value);
        }
        assertEquals(value, expression.value(1.2), 1e-15);
        assertEquals(slope, expression.derivative(1.2), 1e-15);
    }

    @Test
    void nestingFarDeeperThanAnyCallStackStillParses() throws ExpressionException {
        int depth = 200_000;
        assertEquals(3.0, Expression.parse("(".repeat(depth) + "w" + ")".repeat(depth)).value(3));
        assertEquals(-3.0, Expression.parse("-".repeat(depth + 1) + "w").value(3));
        assertEquals(1.0, Expression.parse("w^".repeat(depth) + "w").value(1));
        assertEquals(depth + 1.0, Expression.parse("(w+".repeat(depth) + "w" + ")".repeat(depth)).derivative(0));
    }

    @Test
    void deepButUnclosedNestingIsAnsweredWithAMessage() {
        ExpressionException error = assertThrows(ExpressionException.class, () -> Expression.parse("(".repeat(100_000) + "w"));
        assertEquals("missing ')' at column 100002", error.getMessage());
    }

    @Test
    void hugeAndTinyLiterals() throws ExpressionException {
        assertEquals("number too large at column 1",
                assertThrows(ExpressionException.class, () -> Expression.parse("1e400")).getMessage());
        assertEquals(0.0, Expression.parse("1e-400").value(0));
        assertEquals(0.0, Expression.parse("1e-400*w").derivative(5));
        assertEquals("number too large at column 3",
                assertThrows(ExpressionException.class, () -> Expression.parse("w*1e999999999999999999999")).getMessage());
        assertEquals(0.0, Expression.parse("1e-999999999999999999999").value(0));
    }

    @Test
    void anEvaluatorOfADeepExpressionNeedsNoCallStackEither() throws ExpressionException {
        DifferentiableFunction function = Expression.parse("(w*".repeat(50_000) + "1" + ")".repeat(50_000)).evaluator();
        function.evaluate(1);
        assertEquals(1.0, function.value());
        assertEquals(50_000.0, function.derivative());
    }
}
