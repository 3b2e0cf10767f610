package org.gradientlab.app.regression.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.app.runner.Timeline;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.regression.RegressionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Regression lesson's timeline with the runner in synchronous mode: the view of a step, the rules, the ghost. */
class RegressionTimelineTest {

    private final RegressionModel model = new RegressionModel(RunnerFactory.synchronous());
    private final Timeline timeline = model.session().timeline();

    @AfterEach
    void close() {
        model.close();
    }

    private RegressionSnapshot now() {
        model.session().pullSnapshot();
        return model.session().snapshotProperty().get();
    }

    @Test
    void aShownStepIsTheRecordedOneWithItsTraceEndingThere() {
        List<RegressionSnapshot> live = new ArrayList<>(List.of(now()));
        for (int k = 1; k <= 40; k++) {
            model.session().step();
            live.add(now());
        }
        for (int k = 0; k <= 40; k += 3) {
            timeline.show(k);
            RegressionSnapshot shown = now();
            assertEquals(live.get(k).current(), shown.current(), "step " + k);
            assertEquals(live.get(k).rule(), shown.rule(), "the update rule panel at step " + k);
            assertEquals(live.get(k).epoch(), shown.epoch());
            Trace trace = shown.trace();
            int last = trace.steps().length - 1;
            assertEquals(k, (long) trace.steps()[last], "the path ends at the shown step");
            assertEquals(shown.current().w0(), trace.values()[RegressionSnapshot.W0][last]);
            assertEquals(40, timeline.position().newest(), "the run is unchanged");
        }
    }

    @Test
    void stepReplaysPlayGoesLiveAndBranchKeepsTheFirstRunAsTheGhost() {
        for (int k = 0; k < 30; k++) {
            model.session().step();
        }
        Trace firstRun = now().trace();
        RegressionState newest = now().current();
        timeline.show(10);
        now();
        model.session().step();
        assertEquals(11, now().current().step(), "Step while scrubbed back shows the next recorded step");
        assertEquals(30, timeline.position().newest());
        timeline.branch();
        RegressionSnapshot branched = now();
        assertEquals(11, timeline.position().newest(), "cut back to the shown step");
        Trace ghost = timeline.position().ghost();
        assertEquals(11, (long) ghost.steps()[0]);
        assertEquals(branched.current().w1(), ghost.values()[RegressionSnapshot.W1][0]);
        int from = (int) Arrays.stream(firstRun.steps()).filter(s -> s <= 11).count();
        assertArrayEquals(Arrays.copyOfRange(firstRun.steps(), from, firstRun.steps().length),
                Arrays.copyOfRange(ghost.steps(), 1, ghost.steps().length), "the ghost is the first run after step 11");
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(Arrays.copyOfRange(firstRun.values()[c], from, firstRun.values()[c].length),
                    Arrays.copyOfRange(ghost.values()[c], 1, ghost.values()[c].length));
        }
        assertEquals(newest.w0(), ghost.values()[RegressionSnapshot.W0][ghost.steps().length - 1]);

        model.session().step();
        assertEquals(12, now().current().step());
        timeline.show(3);
        now();
        model.session().play();
        model.session().playFor(5);
        assertEquals(17, now().current().step(), "Play goes on from the newest step");
        assertTrue(timeline.position().isLive());
        model.session().reset();
        now();
        assertNull(timeline.position().ghost(), "Reset clears the ghost");
    }
}
