package org.gradientlab.app.network.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.app.runner.Timeline;
import org.gradientlab.app.runner.TimelinePosition;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkRun;
import org.gradientlab.engine.network.NetworkState;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Network lesson, Branch from here with another optimizer (synchronous runner): the branch is,
 * bit for bit, a fresh run from the parameters at k with the new optimizer (zero state, t from 1),
 * numbered on from k, and the ghost is the first run's cost from k to its newest step.
 */
class NetworkOptimizerBranchTest {

    private static final int STEPS = 20;
    private static final int K = 8;
    private static final int MORE = 15;

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

    @ParameterizedTest
    @CsvSource({"gd, momentum", "momentum, adam", "adam, rmsprop"})
    void theBranchIsAFreshRunFromTheParametersAtK(String first, String next) {
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName(first));
        List<NetworkState> firstRun = new ArrayList<>(List.of(now().current()));
        for (int k = 1; k <= STEPS; k++) {
            model.session().step();
            firstRun.add(now().current());
        }
        timeline.show(K);
        now();
        OptimizerSettings settings = OptimizerSettings.DEFAULT.withName(next);
        model.session().optimizerProperty().set(settings);
        TimelinePosition at = now() == null ? null : timeline.position();
        assertEquals(STEPS, at.newest(), "no restart while scrubbed back");
        assertEquals(settings, model.session().optimizerBranch().pending());

        timeline.branch();
        now();
        assertNull(model.session().optimizerBranch().pending());
        Trace ghost = timeline.position().ghost();
        assertNotNull(ghost);
        assertEquals(K, (long) ghost.steps()[0]);
        assertEquals(STEPS, (long) ghost.steps()[ghost.steps().length - 1]);
        for (int i = 0; i < ghost.steps().length; i++) {
            assertEquals(firstRun.get((int) ghost.steps()[i]).cost(), ghost.values()[0][i], "ghost cost");
        }

        NetworkRun fresh = new NetworkRun(new NetworkProblem(model.dataProperty().get().data(), model.costProperty().get()),
                settings.create(), firstRun.get(K).parameters());
        double rate = model.session().learningRateProperty().get();
        for (int i = 0; i <= MORE; i++) {
            NetworkState expected = fresh.current();
            NetworkState shown = now().current();
            assertEquals(K + i, shown.step(), "numbered on from k");
            assertEquals(expected.parameters(), shown.parameters(), first + " -> " + next + " at " + (K + i));
            assertEquals(expected.cost(), shown.cost());
            if (i < MORE) {
                fresh.step(rate);
                model.session().step();
            }
        }
        assertEquals(K, timeline.position().first(), "the branch's timeline starts at k");
        assertNotNull(timeline.position().ghost(), "the ghost stays");
    }
}
