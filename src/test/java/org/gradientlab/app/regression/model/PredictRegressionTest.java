package org.gradientlab.app.regression.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.regression.RegressionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Predict mode in the Regression model: the truth is the engine's peek at the next (w0, w1). */
class PredictRegressionTest {

    private RegressionModel model;
    private PredictMode predict;

    @BeforeEach
    void open() {
        model = new RegressionModel(RunnerFactory.synchronous());
        predict = model.session().predict();
    }

    @AfterEach
    void close() {
        model.close();
    }

    private RegressionSnapshot now() {
        model.session().pullSnapshot();
        return model.session().snapshotProperty().get();
    }

    @Test
    void theLandingIsWhereTheStepGoes() {
        predict.onProperty().set(true);
        model.session().step();
        RegressionSnapshot before = now();
        assertEquals(0, before.current().step(), "Step only asks");
        RegressionState peek = before.next();
        // A guess 5% of the step's length off, across the step.
        double dw0 = peek.w0() - before.current().w0();
        double dw1 = peek.w1() - before.current().w1();
        predict.guessProperty().set(new double[] {peek.w0() - 0.05 * dw1, peek.w1() + 0.05 * dw0});
        PredictionRound round = model.reveal(0);
        assertTrue(round.right(), round.detail());
        RegressionState after = now().current();
        assertEquals(1, after.step(), "exactly one step");
        assertEquals(peek.w0(), after.w0());
        assertEquals(peek.w1(), after.w1());

        model.session().step();
        predict.guessProperty().set(new double[] {after.w0(), after.w1()});
        assertFalse(model.reveal(0).right(), "staying put is a whole step off");
        assertEquals(2, now().current().step());
    }

    @Test
    void steeperOrFlatterFollowsTheLinesSlopeInTheDatasUnits() {
        predict.onProperty().set(true);
        predict.questionProperty().set(RegressionPredictions.SLOPE);
        for (int i = 0; i < 5; i++) {
            RegressionSnapshot before = now();
            model.session().step();
            predict.choiceProperty().set("steeper");
            PredictionRound round = model.reveal(0);
            RegressionSnapshot after = now();
            String expected = Math.abs(after.lineW1()) > Math.abs(before.lineW1()) ? "steeper" : "flatter";
            assertEquals(expected, round.truth(), round.detail());
            assertEquals(expected.equals("steeper"), round.right());
        }
        assertEquals(5, predict.totalProperty().get());
    }

    @Test
    void slopeChangeByHand() {
        assertEquals("steeper", RegressionPredictions.slopeChange(-1, -2));
        assertEquals("flatter", RegressionPredictions.slopeChange(2, -1));
        assertEquals("the same", RegressionPredictions.slopeChange(1, 1));
    }
}
