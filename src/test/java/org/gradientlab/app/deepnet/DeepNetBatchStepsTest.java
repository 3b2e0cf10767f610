package org.gradientlab.app.deepnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gradientlab.app.descent.model.BatchStepsTest;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;

/** Play's batches on the Deep network make the run and the trace that Step makes. */
class DeepNetBatchStepsTest {

    @Test
    void batchesMakeTheSameRowsAndTrace() {
        DeepNetSetup setup;
        try (DeepNetModel model = new DeepNetModel(RunnerFactory.synchronous())) {
            setup = model.setup();
        }
        List<DeepNetEngine> both = BatchStepsTest.assertSameRun(() -> new DeepNetEngine(setup, OptimizerSettings.DEFAULT),
                0.3, 16, 500);
        Trace batched = both.get(0).snapshot(false, 0.3).trace();
        Trace single = both.get(1).snapshot(false, 0.3).trace();
        assertTrue(single.steps().length > 10, "a trace to compare");
        assertArrayEquals(single.steps(), batched.steps());
        assertArrayEquals(single.values(), batched.values());
    }
}
