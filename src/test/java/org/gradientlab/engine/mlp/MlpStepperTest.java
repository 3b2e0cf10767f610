package org.gradientlab.engine.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.gradientlab.engine.RecordedRun;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.optim.Adam;
import org.gradientlab.engine.optim.Schedule;
import org.junit.jupiter.api.Test;

/** The multi-layer stepper: its rows restore it exactly, and updates allocate nothing. */
class MlpStepperTest {

    private static MlpStepper stepper() {
        TrainingSet xor = new TrainingSet(2, new double[] {0, 0, 0, 1, 1, 0, 1, 1}, new double[] {0, 1, 1, 0});
        MlpLayout layout = new MlpLayout(2, 4, 3);
        MlpProblem problem = new MlpProblem(xor, layout, Activation.TANH, Cost.XENT, 0.001);
        return new MlpStepper(problem, new Adam(0.9, 0.999, 1e-8), Schedule.of(Schedule.Kind.COSINE),
                layout.initialParameters(9));
    }

    @Test
    void stepBackRestoresParametersAndOptimizerState() {
        MlpStepper stepper = stepper();
        RecordedRun run = new RecordedRun(stepper, 1000) { };
        for (int k = 0; k < 40; k++) {
            assertTrue(run.step(0.05));
        }
        double cost = stepper.cost();
        double w = stepper.param(5);
        run.step(0.05);
        run.step(0.05);
        assertTrue(run.stepBack());
        assertTrue(run.stepBack());
        assertEquals(40, stepper.step());
        assertEquals(cost, stepper.cost());
        assertEquals(w, stepper.param(5));
        run.step(0.05);
        MlpStepper straight = stepper();
        for (int k = 0; k < 41; k++) {
            straight.update(0.05);
        }
        assertEquals(straight.param(5), stepper.param(5), "the optimizer state came back too");
        assertEquals(straight.cost(), stepper.cost());
    }

    @Test
    void anUpdateAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        MlpStepper stepper = stepper();
        for (int k = 0; k < 2000; k++) {
            stepper.update(0.01);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int k = 0; k < 10_000; k++) {
            stepper.update(0.01);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 1024, allocated + " bytes allocated by 10,000 updates");
    }
}
