package org.gradientlab.app.network.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.app.runner.Timeline;
import org.gradientlab.engine.TraceHistory.Trace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Network lesson's timeline with the runner in synchronous mode. */
class NetworkTimelineTest {

    private final NetworkModel model = new NetworkModel(RunnerFactory.synchronous());
    private final Timeline timeline = model.session().timeline();

    @AfterEach
    void close() {
        model.close();
    }

    private NetworkSnapshot now() {
        model.session().pullSnapshot();
        return model.session().snapshotProperty().get();
    }

    @Test
    void aShownStepIsTheRecordedOneEveryPanelIncluded() {
        List<NetworkSnapshot> live = new ArrayList<>(List.of(now()));
        for (int k = 1; k <= 25; k++) {
            model.session().step();
            live.add(now());
        }
        for (int k = 25; k >= 0; k--) {
            timeline.show(k);
            NetworkSnapshot shown = now();
            assertEquals(live.get(k).current(), shown.current(), "z, a, delta and the gradients at step " + k);
            assertEquals(live.get(k).chainRule(), shown.chainRule(), "the chain rule at step " + k);
            Trace trace = shown.trace();
            assertEquals(k, (long) trace.steps()[trace.steps().length - 1], "the cost trace ends at the shown step");
            assertEquals(shown.current().cost(), trace.values()[0][trace.steps().length - 1]);
        }
        timeline.branch();
        now();
        Trace ghost = timeline.position().ghost();
        assertEquals(26, ghost.steps().length, "the ghost holds steps 0 to 25");
        for (int k = 0; k <= 25; k++) {
            assertEquals(live.get(k).current().cost(), ghost.values()[0][k], "the ghost's cost at step " + k);
        }
    }

    @Test
    void theUpdatePhaseEndsWhenTheTimelineMovesElsewhere() {
        for (int k = 1; k <= 5; k++) {
            model.session().step();
            now();
        }
        for (int i = 0; i < 4; i++) {
            model.stepPhase();
            now();
        }
        assertEquals(Phase.UPDATE, model.phaseProperty().get(), "forward, cost, backward, then the update");
        assertEquals(6, now().current().step());
        timeline.show(2);
        now();
        assertEquals(Phase.ALL, model.phaseProperty().get(), "step 2 is shown whole, not as an update from step 6");
    }
}
