package org.gradientlab.app.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.surface.SurfaceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Predict mode in the Surface model: the truth is where the engine's next step goes, and a reveal steps once. */
class PredictSurfaceTest {

    private SurfaceModel model;
    private PredictMode predict;

    @BeforeEach
    void open() {
        model = new SurfaceModel(RunnerFactory.synchronous());
        predict = model.session().predict();
    }

    @AfterEach
    void close() {
        model.close();
    }

    private SurfaceState now() {
        model.session().pullSnapshot();
        return model.session().snapshot().current();
    }

    @Test
    void whichWayIsAgainstTheGradientForPlainDescent() {
        model.setFunction("x^2 + 3*y^2");
        model.setStart(2, -1);
        model.session().learningRateProperty().set(0.1);
        predict.onProperty().set(true);
        predict.questionProperty().set(SurfacePredictions.DIRECTION);
        model.session().step();
        assertEquals(0, now().step(), "Step only asks");
        assertTrue(predict.askingProperty().get());
        // g = (4, -6): w1 goes down, w2 goes up.
        predict.choiceProperty().set("w1 down, w2 up");
        PredictionRound round = model.reveal(0);
        assertTrue(round.right(), round.detail());
        assertEquals(1, now().step(), "one step, not two");
        assertEquals(2 - 0.1 * 4, now().w1());
        assertEquals(-1 + 0.1 * 6, now().w2());
        assertFalse(predict.askingProperty().get());
        model.session().step();
        predict.choiceProperty().set("w1 up, w2 up");
        assertFalse(model.reveal(0).right());
        assertEquals(2, predict.totalProperty().get());
        assertEquals(1, predict.rightProperty().get());
    }

    @Test
    void theLandingIsTheNoisyMomentumStepTheRunThenTakes() {
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("momentum"));
        model.setNoise(2);
        model.session().step();
        model.session().step();
        model.session().pullSnapshot();
        SurfaceSnapshot before = model.session().snapshot();
        predict.onProperty().set(true);
        predict.questionProperty().set(SurfacePredictions.LANDING);
        model.session().step();
        predict.guessProperty().set(new double[] {before.nextW1(), before.nextW2()});
        PredictionRound round = model.reveal(0);
        assertTrue(round.right(), round.detail());
        assertEquals(before.nextW1(), now().w1());
        assertEquals(before.nextW2(), now().w2());
        assertEquals(3, now().step());
    }
}
