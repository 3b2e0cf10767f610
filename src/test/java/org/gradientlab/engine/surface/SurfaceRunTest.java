package org.gradientlab.engine.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.gradientlab.engine.TwoVariableFunction;
import org.gradientlab.engine.expr.SurfaceExpression;
import org.gradientlab.engine.optim.Momentum;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;
import org.junit.jupiter.api.Test;

/** The surface stepper and run: noisy momentum by hand, step back, peek and a branch that draws on. */
class SurfaceRunTest {

    private static TwoVariableFunction bowl() throws Exception {
        return SurfaceExpression.parse("w1^2 + 4*w2^2").evaluator();
    }

    private static double twelveUniforms(Random random) {
        double sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += random.nextDouble();
        }
        return sum - 6;
    }

    @Test
    void noisyMomentumAgainstAPlainLoop() throws Exception {
        Optimizer momentum = new Momentum(0.5);
        SurfaceStepper stepper = new SurfaceStepper(bowl(), momentum, Schedule.CONSTANT, new SurfaceNoise(0.3, 11), 1, -1);
        Random random = new Random(11);
        double w1 = 1;
        double w2 = -1;
        double v1 = 0;
        double v2 = 0;
        for (int t = 1; t <= 50; t++) {
            double g1 = 2 * w1 + 0.3 * twelveUniforms(random);
            double g2 = 4 * (2 * w2) + 0.3 * twelveUniforms(random);
            v1 = 0.5 * v1 + 0.5 * g1;
            v2 = 0.5 * v2 + 0.5 * g2;
            w1 = w1 - 0.05 * v1;
            w2 = w2 - 0.05 * v2;
            stepper.update(0.05);
            assertEquals(w1, stepper.w1(), "w1 after update " + t);
            assertEquals(w2, stepper.w2(), "w2 after update " + t);
            assertEquals(2 * w1, stepper.g1(), "the row's g1 is the exact gradient");
            assertEquals(8 * w2, stepper.g2(), "the row's g2 is the exact gradient");
        }
    }

    @Test
    void stepBackAndPeekRestoreTheNoiseToo() throws Exception {
        SurfaceRun run = new SurfaceRun(new SurfaceStepper(bowl(), new Momentum(0.9), Schedule.CONSTANT,
                new SurfaceNoise(1, 5), 2, 1), 100);
        for (int k = 0; k < 10; k++) {
            assertTrue(run.step(0.05));
        }
        double[] peek = new double[2];
        run.stepper().peekUpdate(0.05, peek);
        assertTrue(run.step(0.05));
        SurfaceState after = run.current();
        assertArrayEquals(new double[] {after.w1(), after.w2()}, peek, "peek draws what the update draws");
        assertTrue(run.stepBack());
        assertEquals(10, run.current().step());
        assertTrue(run.step(0.05));
        assertEquals(after, run.current(), "after step back the same noise is drawn again");
    }

    @Test
    void aBranchDrawsOnFromTheRecordedNoiseAndCountsTFromOne() throws Exception {
        Schedule exp = new Schedule(Schedule.Kind.EXP, 0.9, 100, 0, 0);
        SurfaceRun run = new SurfaceRun(new SurfaceStepper(bowl(), new Momentum(0.9), exp, new SurfaceNoise(1, 5), 2, 1), 100);
        for (int k = 0; k < 6; k++) {
            run.step(0.05);
        }
        SurfaceState at = run.current();
        SurfaceStepper branch = new SurfaceStepper(bowl(), new Momentum(0.9), exp, new SurfaceNoise(1, 5), at.w1(), at.w2(),
                6, run.noiseStateAt(6));
        // A plain loop from there whose generator has made the six updates' draws, with t from 1.
        Random skip = new Random(5);
        for (int i = 0; i < 6 * 2 * 12; i++) {
            skip.nextDouble();
        }
        for (int k = 0; k < 5; k++) {
            branch.update(0.05);
        }
        double w1 = at.w1();
        double w2 = at.w2();
        double v1 = 0;
        double v2 = 0;
        for (int t = 1; t <= 5; t++) {
            double rate = 0.05 * Math.pow(0.9, t - 1);
            double g1 = 2 * w1 + twelveUniforms(skip);
            double g2 = 4 * (2 * w2) + twelveUniforms(skip);
            v1 = 0.9 * v1 + (1 - 0.9) * g1;
            v2 = 0.9 * v2 + (1 - 0.9) * g2;
            w1 = w1 - rate * v1;
            w2 = w2 - rate * v2;
        }
        assertEquals(11, branch.step());
        assertEquals(w1, branch.w1());
        assertEquals(w2, branch.w2());
    }
}
