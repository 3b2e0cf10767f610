package org.gradientlab.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The engine's parser against {@link ReferenceGrammar}, a separate recursive-descent reading of
 * the same grammar: they must accept the same texts and give bit-identical values.
 */
class ExpressionGrammarTest {

    private static final double[] POINTS = {-2.3, -0.7, 0, 0.45, 1, 2.9};

    private static final String[] TOKENS = {
        "w", "w", "pi", "e", "sin", "log", "sigmoid", "tanh", "(", "(", ")", ")", "+", "-", "-", "*", "/", "^",
        "2", ".5", "1e3", "3.25", "2e", "E", "1.", " ", "\t", "+1", "-2"};

    @Test
    void randomDerivationsOfTheGrammarMeanWhatTheReferenceReadingMeans() throws ExpressionException {
        RandomExpressions expressions = new RandomExpressions(20240611L, 4);
        for (int n = 0; n < 3000; n++) {
            String text = expressions.next();
            Expression expression = Expression.parse(text);
            for (double w : POINTS) {
                double expected = ReferenceGrammar.evaluate(text, w).value();
                assertEquals(expected, expression.value(w), () -> text + " at w = " + w);
            }
        }
    }

    @Test
    void bothReadingsAcceptExactlyTheSameTokenSoup() {
        Random random = new Random(7);
        int accepted = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder soup = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int k = 0; k < length; k++) {
                soup.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            String text = soup.toString();
            Expression expression = parseOrNull(text);
            assertEquals(ReferenceGrammar.accepts(text), expression != null, () -> "acceptance of \"" + text + "\"");
            if (expression != null) {
                accepted++;
                for (double w : POINTS) {
                    assertEquals(ReferenceGrammar.evaluate(text, w).value(), expression.value(w), () -> text + " at " + w);
                }
            }
        }
        // enough of the soup must be valid for the comparison of values to mean something
        assertTrue(accepted > 2000, "only " + accepted + " accepted");
    }

    private static Expression parseOrNull(String text) {
        try {
            return Expression.parse(text);
        } catch (ExpressionException rejected) {
            return null;
        }
    }
}
