package org.gradientlab.app.network.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkRun;
import org.gradientlab.engine.network.NetworkState;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Predict mode in the Network model: the largest change and the cost's direction come from NetworkRun.peekNext. */
class PredictNetworkTest {

    private NetworkModel model;
    private PredictMode predict;

    @BeforeEach
    void open() {
        model = new NetworkModel(RunnerFactory.synchronous());
        predict = model.session().predict();
    }

    @AfterEach
    void close() {
        model.close();
    }

    private NetworkState now() {
        model.session().pullSnapshot();
        return model.session().snapshotProperty().get().current();
    }

    @Test
    void theLargestChangeIsTheOneOfPeekNext() {
        double rate = model.session().learningRateProperty().get();
        for (NetworkData data : List.of(NetworkData.NOT_GATE, NetworkData.CURVE)) {
            model.dataProperty().set(data);
            // The same run made separately from the engine, and its next parameters.
            NetworkRun run = new NetworkRun(new NetworkProblem(data.data(), model.costProperty().get()),
                    OptimizerSettings.DEFAULT.create(), NetworkParameters.of(NetworkModel.DEFAULT_START));
            NetworkParameters next = run.peekNext(rate);
            String expected = NetworkPredictions.largestChange(run.current().parameters(), next);
            double[] change = new double[4];
            for (int i = 0; i < 4; i++) {
                change[i] = Math.abs(next.toArray()[i] - NetworkModel.DEFAULT_START[i]);
            }
            int largest = NetworkParameters.NAMES.indexOf(expected);
            for (int i = 0; i < 4; i++) {
                assertTrue(change[largest] >= change[i], data.name() + ": " + expected + " moves most");
            }
            predict.onProperty().set(true);
            predict.questionProperty().set(NetworkPredictions.LARGEST);
            model.session().step();
            assertEquals(0, now().step(), "Step only asks");
            predict.choiceProperty().set(expected);
            PredictionRound round = model.reveal();
            assertTrue(round.right(), round.detail());
            assertEquals(expected, round.truth());
            assertEquals(next, now().parameters(), "the reveal made exactly the peeked update");
            assertEquals(Phase.UPDATE, model.phaseProperty().get(), "shown as the update, old → new");
            assertTrue(round.detail().contains("Changes: w1 "), round.detail());
            predict.onProperty().set(false);
        }
    }

    @Test
    void theCostQuestionComparesWithTheCostAfterTheUpdate() {
        predict.onProperty().set(true);
        predict.questionProperty().set(NetworkPredictions.COST);
        double before = now().cost();
        model.session().step();
        predict.choiceProperty().set("up");
        PredictionRound round = model.reveal();
        double after = now().cost();
        assertEquals(NetworkPredictions.costDirection(before, after), round.truth());
        assertEquals(after < before ? "down" : "up", round.truth());
        assertEquals(round.truth().equals("up"), round.right());
        assertEquals(1, now().step());
    }

    @Test
    void momentumAtAHighRateMakesTheCostGoUpAtSomeStep() {
        // Momentum carries the parameters past the valley: the truth is then "up", as the engine says.
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("momentum"));
        model.session().learningRateProperty().set(10);
        // A target inside (0, 1), so there is a valley floor to overshoot.
        model.yProperty().set(0.5);
        predict.onProperty().set(true);
        predict.questionProperty().set(NetworkPredictions.COST);
        int ups = 0;
        for (int i = 0; i < 30; i++) {
            double before = now().cost();
            model.session().step();
            predict.choiceProperty().set("down");
            PredictionRound round = model.reveal();
            assertEquals(NetworkPredictions.costDirection(before, now().cost()), round.truth());
            ups += round.truth().equals("up") ? 1 : 0;
        }
        assertEquals(30, predict.totalProperty().get());
        assertEquals(30 - ups, predict.rightProperty().get(), "\"down\" was right exactly when the cost fell");
        assertTrue(ups > 0, "the overshoot raises the cost at some step");
    }

    @Test
    void phaseStepsAskBeforeTheUpdate() {
        predict.onProperty().set(true);
        model.stepPhase();
        model.stepPhase();
        model.stepPhase();
        assertEquals(Phase.BACKWARD, model.phaseProperty().get());
        model.stepPhase();
        assertEquals(Phase.BACKWARD, model.phaseProperty().get(), "the update waits for the guess");
        assertTrue(predict.askingProperty().get());
        assertEquals(0, now().step());
        assertNull(model.reveal(), "no answer yet");
        assertEquals("Choose an answer first.", predict.messageProperty().get());
        predict.choiceProperty().set("w2");
        model.reveal();
        assertEquals(1, now().step());
        assertFalse(predict.askingProperty().get());
    }

    @Test
    void largestChangeAndCostDirectionByHand() {
        NetworkParameters now = new NetworkParameters(1, 1, 1, 1);
        assertEquals("b1", NetworkPredictions.largestChange(now, new NetworkParameters(1.1, 0.7, 1.2, 1)));
        assertEquals("b2", NetworkPredictions.largestChange(now, new NetworkParameters(1, 1, 1, -1)));
        assertEquals("down", NetworkPredictions.costDirection(0.3, 0.2));
        assertEquals("up", NetworkPredictions.costDirection(0.3, 0.4));
    }
}
