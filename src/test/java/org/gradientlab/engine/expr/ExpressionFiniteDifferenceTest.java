package org.gradientlab.engine.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exact derivative against central finite differences (h = 1e-5) on many random
 * expressions. The differences are taken of {@link ReferenceGrammar}'s values, not the engine's,
 * and only where f is smooth: finite and moderate with no intermediate result near overflow,
 * away from the zeros and poles the reference reports, and where differences with h and 2h
 * agree (so the quotient itself can be trusted).
 */
class ExpressionFiniteDifferenceTest {

    private static final double H = 1e-5;
    private static final double RELATIVE_TOLERANCE = 1e-6;
    private static final double NEAREST_SINGULARITY = 1e-3;

    private final Random points = new Random(100);

    @Test
    void derivativeAgreesWithCentralDifferencesOnRandomExpressions() throws ExpressionException {
        RandomExpressions expressions = new RandomExpressions(99, 4);
        int checkedPoints = 0;
        int checkedExpressions = 0;
        for (int n = 0; n < 1000; n++) {
            int checked = checkAtRandomPoints(expressions.next(), 10);
            checkedPoints += checked;
            checkedExpressions += checked > 0 ? 1 : 0;
        }
        // the skipping rules must leave most of the work in place
        assertTrue(checkedExpressions >= 500, checkedExpressions + " expressions checked");
        assertTrue(checkedPoints >= 4000, checkedPoints + " points checked");
    }

    @Test
    void everyFunctionOfARandomArgument() throws ExpressionException {
        String[] forms = {"sin(%s)", "cos(%s)", "tan(%s)", "exp(%s)", "log(%s)", "sqrt(%s)", "abs(%s)",
            "tanh(%s)", "sigmoid(%s)", "(%s)^3", "(%s)^-2", "(%s)^0.5", "2^(%s)", "(%s)^(%s)", "(%s)/(%s)", "-(%s)*(%s)"};
        RandomExpressions arguments = new RandomExpressions(5, 2);
        for (String form : forms) {
            int checkedPoints = 0;
            for (int n = 0; n < 60; n++) {
                String text = form.replaceFirst("%s", arguments.next()).replaceFirst("%s", arguments.next());
                checkedPoints += checkAtRandomPoints(text, 5);
            }
            assertTrue(checkedPoints >= 50, form + ": only " + checkedPoints + " points checked");
        }
    }

    /** Compares f' with the central difference at random w in [-3, 3]; returns how many were smooth enough. */
    private int checkAtRandomPoints(String text, int count) throws ExpressionException {
        Expression expression = Expression.parse(text);
        int checked = 0;
        for (int k = 0; k < count; k++) {
            double w = -3 + 6 * points.nextDouble();
            if (expression.dependsOnW() && checkAt(text, expression, w)) {
                checked++;
            }
        }
        return checked;
    }

    private static boolean checkAt(String text, Expression expression, double w) {
        ReferenceGrammar.Result here = ReferenceGrammar.evaluate(text, w);
        double f = here.value();
        boolean overflowsInside = here.largestIntermediate() > 1e100;
        if (!Double.isFinite(f) || Math.abs(f) > 1e6 || here.nearestSingularity() < NEAREST_SINGULARITY || overflowsInside) {
            return false;
        }
        double difference = centralDifference(text, w, H);
        double coarserDifference = centralDifference(text, w, 2 * H);
        // relative to the slope, with a floor for slopes near 0 and for the rounding in f itself
        double tolerance = RELATIVE_TOLERANCE * Math.max(1, Math.abs(difference)) + 1e-9 * Math.abs(f);
        boolean quotientsAgree = Math.abs(difference - coarserDifference) <= tolerance / 2;  // false for NaN too
        if (!Double.isFinite(difference) || !quotientsAgree) {
            return false;
        }
        double derivative = expression.derivative(w);
        assertTrue(Math.abs(derivative - difference) <= tolerance,
                () -> "f = " + text + " at w = " + w + ": f' = " + derivative + " but the difference quotient is " + difference);
        return true;
    }

    private static double centralDifference(String text, double w, double h) {
        return (ReferenceGrammar.evaluate(text, w + h).value() - ReferenceGrammar.evaluate(text, w - h).value()) / (2 * h);
    }
}
