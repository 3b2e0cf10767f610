package org.gradientlab.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.Exp;
import org.junit.jupiter.api.Test;

/** The compiled form: same bits as the conveniences, folding changes nothing, no allocation. */
class ExpressionEvaluatorTest {

    private static final double[] POINTS = {-3, -1.25, -0.0, 0, 1e-9, 0.5, 2, 7.5, 1e10, Double.NaN};

    @Test
    void evaluatorGivesTheSameBitsAsValueAndDerivative() throws ExpressionException {
        RandomExpressions expressions = new RandomExpressions(11, 4);
        for (int n = 0; n < 1000; n++) {
            Expression expression = Expression.parse(expressions.next());
            DifferentiableFunction function = expression.evaluator();
            for (double w : POINTS) {
                function.evaluate(w);
                assertEquals(expression.value(w), function.value(), () -> expression + " at " + w);
                assertEquals(expression.derivative(w), function.derivative(), () -> expression + "' at " + w);
            }
        }
    }

    @Test
    void foldingConstantsChangesNoBitOfValueOrDerivative() throws ExpressionException {
        RandomExpressions expressions = new RandomExpressions(12, 5);
        int shortened = 0;
        for (int n = 0; n < 2000; n++) {
            String text = expressions.next();
            Expression folded = Expression.parse(text);
            Expression unfolded = Expression.parseUnfolded(text);
            shortened += folded.programLength() < unfolded.programLength() ? 1 : 0;
            for (double w : POINTS) {
                assertEquals(unfolded.value(w), folded.value(w), () -> text + " at " + w);
                assertEquals(unfolded.derivative(w), folded.derivative(w), () -> text + "' at " + w);
            }
        }
        assertTrue(shortened > 500, "folding shortened only " + shortened + " programs");
    }

    @Test
    void wFreePartsAreFoldedIntoOneConstant() throws ExpressionException {
        assertEquals(1, Expression.parse("sin(1)^2 + cos(1)^2 * pi - -3").programLength());
        assertEquals(3, Expression.parse("2*pi*w").programLength());
        assertEquals(5, Expression.parse("w*2*pi").programLength(), "(w*2)*pi has no w-free part but 2 and pi");
        assertEquals(5, Expression.parse("exp(-(1/2)) * w^(3-1)").programLength());
    }

    @Test
    void oneEvaluatorServesManyPointsInTurn() throws ExpressionException {
        DifferentiableFunction function = Expression.parse("w^3 - 2*w").evaluator();
        for (double w = -2; w <= 2; w += 0.25) {
            function.evaluate(w);
            assertEquals(w * w * w - 2 * w, function.value(), 1e-12);
            assertEquals(3 * w * w - 2, function.derivative(), 1e-12);
        }
    }

    @Test
    void evaluatingAllocatesNothing() throws ExpressionException {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counting needs HotSpot");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        DifferentiableFunction function = Expression.parse("sigmoid(3*w - 1)^2 + log(abs(w) + 1)/tanh(w^2 + 1)").evaluator();
        double sink = 0;
        for (int k = 0; k < 20_000; k++) {
            function.evaluate(k * 1e-4);
            sink += function.derivative();
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int k = 0; k < 200_000; k++) {
            function.evaluate(k * 1e-5);
            sink += function.value() + function.derivative();
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // a single boxed double per evaluation would be 3,200,000 bytes
        assertTrue(allocated < 10_000, allocated + " bytes allocated; sink " + sink);
    }

    @Test
    void oneExpressionServesManyThreadsAtOnce() throws Exception {
        Expression expression = Expression.parse("sin(w)*exp(-w^2/8) + w^2/10");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int k = 0; k < 5000; k++) {
                        double w = -4 + k * 8.0 / 5000;
                        double expected = Math.sin(w) * Exp.exp(-Math.pow(w, 2) / 8) + Math.pow(w, 2) / 10;
                        if (expression.value(w) != expected) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
