package org.gradientlab.engine.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.GradientDescent;
import org.junit.jupiter.api.Test;

class DescentStatusTest {

    private static DescentRun run(String f, double w0) throws Exception {
        return new DescentRun(Expression.parse(f).evaluator(), new GradientDescent(), w0);
    }

    @Test
    void startThenRunningThenConverged() throws Exception {
        DescentRun run = run("w^2", 1);
        assertEquals(DescentStatus.START, DescentStatus.of(run, 1e-6));
        run.step(0.1);
        assertEquals(DescentStatus.RUNNING, DescentStatus.of(run, 1e-6));
        while (DescentStatus.of(run, 1e-6) == DescentStatus.RUNNING) {
            run.step(0.1);
        }
        assertEquals(DescentStatus.CONVERGED, DescentStatus.of(run, 1e-6));
        // w_k = 0.8^k: |f'| = 2*0.8^k < 1e-6 first at k = 66 (0.8^k < 5e-7), and the step 0.2*0.8^65 is below 1e-6 too.
        assertEquals(66, run.current().step());
    }

    @Test
    void overshootingThatGrowsIsDivergingAfterThreeGrowingSteps() throws Exception {
        DescentRun run = run("w^2", 1);
        for (int k = 1; k <= 3; k++) {
            run.step(1.1);
            assertEquals(DescentStatus.RUNNING, DescentStatus.of(run, 1e-6), "step " + k);
        }
        run.step(1.1);
        assertEquals(DescentStatus.DIVERGING, DescentStatus.of(run, 1e-6));
    }

    @Test
    void aSteadyWalkDownASlopeIsNotDiverging() throws Exception {
        DescentRun run = run("0.01*w", -2.5);
        for (int k = 0; k < 20; k++) {
            run.step(0.1);
        }
        assertEquals(DescentStatus.RUNNING, DescentStatus.of(run, 1e-6));
    }

    @Test
    void aStartAtTheMinimumIsConverged() throws Exception {
        assertEquals(DescentStatus.CONVERGED, DescentStatus.of(run("(w-1)^2", 1), 1e-6));
    }

    @Test
    void aNonFiniteUpdateIsDiverged() throws Exception {
        DescentRun run = run("exp(w)", 700);
        run.step(1e300);
        assertEquals(DescentStatus.DIVERGED, DescentStatus.of(run, 1e-6));
    }
}
