package org.gradientlab.engine.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.optim.Schedule;
import org.junit.jupiter.api.Test;

/** The recorded multi-layer run: every kept step is a fresh stepper's state after that many updates. */
class MlpRunTest {

    private static final TrainingSet DATA = MlpPresets.circle(3);
    private static final MlpLayout LAYOUT = new MlpLayout(2, 3, 2);
    private static final OptimizerSettings ADAM = OptimizerSettings.DEFAULT.withKind(OptimizerKind.ADAM);

    private static MlpProblem problem() {
        return new MlpProblem(DATA, LAYOUT, Activation.TANH, Cost.XENT, 0.01);
    }

    private static MlpStepper freshAfter(int updates) {
        MlpStepper stepper = new MlpStepper(problem(), ADAM.create(), Schedule.CONSTANT, LAYOUT.initialParameters(4));
        for (int k = 0; k < updates; k++) {
            stepper.update(0.05);
        }
        return stepper;
    }

    private static double[] params(MlpStepper stepper) {
        double[] params = new double[LAYOUT.parameterCount()];
        stepper.copyParams(params);
        return params;
    }

    @Test
    void everyKeptStepIsAFreshRunOfThatManyUpdates() {
        MlpRun run = new MlpRun(problem(), ADAM.create(), Schedule.CONSTANT, LAYOUT.initialParameters(4), 0);
        for (int k = 0; k < 30; k++) {
            assertTrue(run.step(0.05));
        }
        double[] kept = new double[LAYOUT.parameterCount()];
        for (int k : new int[] {0, 1, 17, 30}) {
            MlpStepper fresh = freshAfter(k);
            run.parametersAt(k, kept);
            assertArrayEquals(params(fresh), kept, "step " + k);
            assertEquals(fresh.cost(), run.costAt(k));
            assertEquals(fresh.accuracy(), run.accuracyAt(k));
            for (int l = 1; l <= LAYOUT.layerCount(); l++) {
                assertEquals(fresh.gradientNorm(l), run.gradientNormAt(k, l));
            }
        }
    }

    @Test
    void stepBackRestoresTheOptimizerStateSoTheNextUpdateIsTheSame() {
        MlpRun run = new MlpRun(problem(), ADAM.create(), Schedule.CONSTANT, LAYOUT.initialParameters(4), 0);
        for (int k = 0; k < 12; k++) {
            run.step(0.05);
        }
        assertTrue(run.stepBack());
        assertTrue(run.stepBack());
        assertEquals(10, run.step());
        run.step(0.05);
        run.step(0.05);
        assertArrayEquals(params(freshAfter(12)), params(run.stepper()));
    }

    @Test
    void thePeekIsTheNextUpdateAndChangesNothing() {
        MlpStepper stepper = freshAfter(5);
        double[] peek = new double[LAYOUT.parameterCount()];
        stepper.peekUpdate(0.05, peek);
        assertArrayEquals(params(freshAfter(5)), params(stepper), "unchanged");
        stepper.update(0.05);
        assertArrayEquals(params(stepper), peek);
    }

}
