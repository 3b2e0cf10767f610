package org.gradientlab.app.descent.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.gradientlab.app.runner.TrainingEngine;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;

/**
 * Play's batches of updates ({@link TrainingEngine#steps}) make exactly the run that Step and
 * isFinished after each make: the same kept rows, stopping at the same step when the run converges
 * or diverges, whatever the batch size.
 */
public class BatchStepsTest {

    /**
     * Plays one engine by batches and one a step at a time until each stops or takes {@code limit};
     * compares them and returns both, batched first.
     */
    public static <E extends TrainingEngine<?>> java.util.List<E> assertSameRun(Supplier<E> make, double rate, int batch, long limit) {
        E batched = make.get();
        long taken = 0;
        while (taken < limit) {
            int want = (int) Math.min(batch, limit - taken);
            int n = batched.steps(rate, want);
            taken += n;
            if (n < want || batched.isFinished()) {
                break;
            }
        }
        E single = make.get();
        long made = 0;
        while (made < limit && single.step(rate)) {
            made++;
            if (single.isFinished()) {
                break;
            }
        }
        assertEquals(made, taken, "updates");
        assertEquals(single.newestStep(), batched.newestStep());
        assertEquals(single.isFinished(), batched.isFinished());
        assertArrayEquals(single.keptSteps().values(), batched.keptSteps().values(), "every kept row, bit for bit");
        return java.util.List.of(batched, single);
    }

    private static Supplier<DescentEngine> descent(String f, OptimizerSettings optimizer, double w0) {
        return () -> {
            try {
                return new DescentEngine(Expression.parse(f), optimizer, w0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void aConvergingRunStopsAtTheSameStep() {
        for (int batch : new int[] {1, 7, 16}) {
            assertSameRun(descent("(w - 1)^2 + 0.5", OptimizerSettings.DEFAULT, -2.5), 0.1, batch, 100_000);
        }
        TrainingEngine<?> engine = descent("(w - 1)^2 + 0.5", OptimizerSettings.DEFAULT, -2.5).get();
        while (engine.steps(0.1, 16) == 16 && !engine.isFinished()) {
            assertTrue(engine.newestStep() < 100_000);
        }
        assertTrue(engine.isFinished(), "converged");
    }

    @Test
    void aDivergingRunStopsAtTheSameStep() {
        for (int batch : new int[] {1, 5, 16}) {
            assertSameRun(descent("8*w^2", OptimizerSettings.DEFAULT, 0.9), 0.2, batch, 100_000);
        }
    }

    @Test
    void momentumGoesOnForTheWholeLimit() {
        OptimizerSettings momentum = OptimizerSettings.DEFAULT.withKind(OptimizerKind.MOMENTUM);
        assertSameRun(descent("w^4 - 3*w^2 + w", momentum, 1.6), 1e-4, 16, 5_000);
    }
}
