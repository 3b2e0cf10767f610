package org.gradientlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.app.predict.PredictQuestion;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunSnapshot;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.app.runner.TrainingEngine;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.export.StepsTable;
import org.junit.jupiter.api.Test;

/**
 * The session every lesson shares, on a lesson made for the test: gradient descent on f(w) = w²
 * from w0 = 4 (so w ← w − η·2w, worked by hand below), on a synchronous runner.
 */
class LessonSessionTest {

    record Snapshot(long step, double w, double rate, boolean playing, boolean canStepBack, String optimizer)
            implements RunSnapshot {
    }

    /** The lesson's own engine: a history of w, so step back restores exactly. */
    static final class SquareEngine implements TrainingEngine<Snapshot> {
        private final List<Double> ws = new ArrayList<>(List.of(4.0));
        private final String optimizer;

        SquareEngine(OptimizerSettings optimizer) {
            this.optimizer = optimizer.name();
        }

        @Override
        public boolean step(double learningRate) {
            double w = ws.get(ws.size() - 1);
            ws.add(w - learningRate * 2 * w);
            return true;
        }

        @Override
        public boolean stepBack() {
            if (ws.size() == 1) {
                return false;
            }
            ws.remove(ws.size() - 1);
            return true;
        }

        @Override
        public boolean isFinished() {
            return false;
        }

        @Override
        public Snapshot snapshot(boolean playing, double learningRate) {
            return new Snapshot(ws.size() - 1, ws.get(ws.size() - 1), learningRate, playing, ws.size() > 1, optimizer);
        }

        @Override
        public StepsTable keptSteps() {
            throw new UnsupportedOperationException();
        }
    }

    private final List<String> events = new ArrayList<>();
    private final LessonSession<Snapshot> session = new LessonSession<>(RunnerFactory.synchronous(), optimizer -> {
        events.add("new engine " + optimizer.name());
        return new SquareEngine(optimizer);
    }, 0.25, 3, List.of(new PredictQuestion("next w", "Where does w go?", List.of())));

    LessonSessionTest() {
        session.onMove(() -> events.add("move"));
        session.onReset(() -> events.add("reset"));
        session.onSnapshot(next -> events.add("snapshot " + next.step() + " (shown " + shownStep() + ")"));
        session.pullSnapshot();
    }

    private String shownStep() {
        return session.snapshot() == null ? "none" : String.valueOf(session.snapshot().step());
    }

    @Test
    void stepsGoThroughTheRunnerAtTheSessionsRateAndTheLessonHearsOfEach() {
        session.step();
        session.pullSnapshot();
        session.learningRateProperty().set(0.1);
        session.step();
        session.pullSnapshot();

        // 4 - 0.25*2*4 = 2, then 2 - 0.1*2*2 = 1.6.
        assertEquals(1.6, session.snapshot().w(), 1e-15);
        assertEquals(2, session.currentStep());
        assertTrue(session.canStepBack().get());
        assertEquals(List.of("new engine gd", "snapshot 0 (shown none)", "move", "snapshot 1 (shown 0)", "move",
                "snapshot 2 (shown 1)"), events);

        session.stepBack();
        session.pullSnapshot();
        assertEquals(2.0, session.snapshot().w(), 1e-15);
        assertEquals(3.0, session.speedProperty().get());
    }

    @Test
    void resetMakesAFreshEngineWithTheOptimizerChosenNow() {
        session.step();
        OptimizerSettings momentum = OptimizerSettings.DEFAULT.withName("momentum");
        events.clear();
        session.optimizerProperty().set(momentum);
        session.pullSnapshot();

        assertEquals(List.of("reset", "new engine momentum", "snapshot 0 (shown 0)"), events);
        assertEquals("momentum", session.snapshot().optimizer());
        assertEquals(4.0, session.snapshot().w());
        assertFalse(session.canStepBack().get());
    }

    @Test
    void predictHoldsTheStepUntilTheRevealAndTheRevealStepsOnce() {
        session.predict().onProperty().set(true);
        session.step();
        session.pullSnapshot();
        assertEquals(0, session.currentStep(), "the first Step only asks");
        assertTrue(session.predict().askingProperty().get());

        PredictionRound round = session.reveal(() -> new PredictionRound("next w", "2", "2", true, ""));
        session.pullSnapshot();
        assertEquals(round, session.predict().lastRoundProperty().get());
        assertEquals(1, session.currentStep());
        assertEquals(2.0, session.snapshot().w(), 1e-15);

        assertNull(session.reveal(() -> null), "a refused judge makes no step");
        session.pullSnapshot();
        assertEquals(1, session.currentStep());
    }
}
