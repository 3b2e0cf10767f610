package org.gradientlab.app.descent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.descent.DescentRun;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Predict mode in the Descent model: the true answer is the engine's next w, and a reveal steps once. */
class PredictDescentTest {

    private DescentModel model;
    private PredictMode predict;

    @BeforeEach
    void open() {
        model = new DescentModel(RunnerFactory.synchronous());
        predict = model.session().predict();
    }

    @AfterEach
    void close() {
        model.close();
    }

    private DescentState now() {
        model.session().pullSnapshot();
        return model.session().snapshotProperty().get().current();
    }

    /** The same run made separately from the engine: where its next update goes. */
    private static double engineNextW(String f, OptimizerSettings settings, double w0, int stepsBefore, double rate)
            throws Exception {
        DescentRun run = new DescentRun(Expression.parse(f).evaluator(), settings.create(), w0);
        for (int i = 0; i < stepsBefore; i++) {
            run.step(rate);
        }
        return run.peekNextW(rate);
    }

    @Test
    void stepAsksFirstAndRevealStepsExactlyOnceToTheGdUpdate() throws Exception {
        model.setFunction("w^2");
        model.setStart(3);
        model.session().learningRateProperty().set(0.1);
        predict.onProperty().set(true);
        model.session().step();
        assertEquals(0, now().step(), "Step only asks");
        assertTrue(predict.askingProperty().get());
        double truth = engineNextW("w^2", OptimizerSettings.DEFAULT, 3, 0, 0.1);
        assertEquals(3 - 0.1 * 2 * 3, truth, 1e-15, "gd: w - lr f'(w)");
        predict.guessProperty().set(new double[] {truth + 0.05});
        PredictionRound round = model.reveal(0);
        assertTrue(round.right(), "0.05 off a step of 0.6 is within 10%: " + round.detail());
        assertEquals(1, now().step(), "one step, not two");
        assertEquals(truth, now().w(), "the model went where the round said");
        assertEquals(1, predict.totalProperty().get());
        assertEquals(1, predict.rightProperty().get());
        assertFalse(predict.askingProperty().get());
    }

    @Test
    void theTrueLandingIsTheMomentumEnginesNextW() throws Exception {
        OptimizerSettings momentum = OptimizerSettings.DEFAULT.withName("momentum");
        model.setFunction("w^2");
        model.setStart(3);
        model.session().learningRateProperty().set(0.1);
        model.session().optimizerProperty().set(momentum);
        model.session().step();
        model.session().step();
        predict.onProperty().set(true);
        model.session().step();
        DescentState before = now();
        double truth = engineNextW("w^2", momentum, 3, 2, 0.1);
        assertNotEquals(before.w() - 0.1 * before.grad(), truth, 1e-6, "the velocity carries it past the gd step");
        predict.guessProperty().set(new double[] {before.w() - 0.1 * before.grad()});
        PredictionRound round = model.reveal(0);
        assertFalse(round.right(), "the gd guess misses the momentum step: " + round.detail());
        assertEquals(3, now().step());
        assertEquals(truth, now().w());
    }

    @Test
    void whichWayIsTheOppositeOfTheSlopeForGd() {
        model.setFunction("w^3 - 2*w");
        model.session().learningRateProperty().set(0.01);
        predict.onProperty().set(true);
        predict.questionProperty().set(DescentPredictions.DIRECTION);
        for (double w0 : new double[] {-2, -0.3, 0.4, 1.5}) {
            model.setStart(w0);
            DescentState start = now();
            String expected = start.grad() > 0 ? "left" : "right";
            model.session().step();
            predict.choiceProperty().set(expected);
            PredictionRound round = model.reveal(0);
            assertTrue(round.right(), w0 + ": " + round.detail());
            assertEquals(expected, DescentPredictions.direction(start.w(), now().w()), "the step went that way");
        }
        model.setStart(1.5);
        model.session().step();
        predict.choiceProperty().set("right");
        assertFalse(model.reveal(0).right(), "uphill is wrong");
        assertEquals(5, predict.totalProperty().get());
        assertEquals(4, predict.rightProperty().get());
    }

    @Test
    void momentumCanCarryWUphillAndTheReasonSaysSo() {
        model.setFunction("w^2");
        model.setStart(3);
        model.session().learningRateProperty().set(0.1);
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("momentum"));
        // Step until w is past the minimum but still moving left, against the slope.
        for (int i = 0; i < 50 && !(now().w() < 0 && model.session().snapshotProperty().get().nextW() < now().w()); i++) {
            model.session().step();
        }
        DescentState before = now();
        assertTrue(before.grad() < 0 && model.session().snapshotProperty().get().nextW() < before.w(), "moving uphill");
        predict.onProperty().set(true);
        predict.questionProperty().set(DescentPredictions.DIRECTION);
        model.session().step();
        predict.choiceProperty().set("right");
        PredictionRound round = model.reveal(0);
        assertEquals("left", round.truth(), "the engine's step, not the slope's sign");
        assertFalse(round.right());
        assertTrue(round.detail().contains("carried w left"), round.detail());
    }

    @Test
    void revealWithoutAnAnswerSaysSoAndDoesNotStep() {
        predict.onProperty().set(true);
        model.session().step();
        assertNull(model.reveal(0));
        assertEquals("Place your guess on the chart first (click or drag).", predict.messageProperty().get());
        assertEquals(0, now().step());
        assertEquals(0, predict.totalProperty().get());
        assertTrue(predict.askingProperty().get(), "still asking");
    }

    @Test
    void aDivergedRunHasNothingToPredict() {
        model.setFunction("w^2");
        model.setStart(1);
        model.session().learningRateProperty().set(10);
        for (int i = 0; i < 400 && !Double.isNaN(model.session().snapshotProperty().get().nextW()); i++) {
            model.session().step();
            model.session().pullSnapshot();
        }
        predict.onProperty().set(true);
        model.session().step();
        predict.guessProperty().set(new double[] {0});
        long step = now().step();
        assertNull(model.reveal(0));
        assertTrue(predict.messageProperty().get().startsWith("The run has diverged"));
        assertEquals(step, now().step());
    }

    @Test
    void switchedOffStepStepsAtOnce() {
        model.session().step();
        assertEquals(1, now().step());
        assertFalse(predict.askingProperty().get());
    }
}
