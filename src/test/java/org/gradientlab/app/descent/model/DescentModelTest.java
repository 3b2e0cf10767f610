package org.gradientlab.app.descent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.descent.DescentStatus;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Descent lesson's model with the runner in synchronous mode: everything a person can do, without a window. */
class DescentModelTest {

    private DescentModel model;

    @BeforeEach
    void open() {
        model = new DescentModel(RunnerFactory.synchronous());
    }

    @AfterEach
    void close() {
        model.close();
    }

    private DescentSnapshot now() {
        model.session().pullSnapshot();
        return model.session().snapshotProperty().get();
    }

    @Test
    void startsOnTheFirstPresetAtItsStart() {
        Preset bowl = Preset.ALL.get(0);
        DescentState start = now().current();
        assertEquals(0, start.step());
        assertEquals(bowl.w0(), start.w());
        assertEquals(bowl.function(), model.functionProperty().get().source());
        assertEquals(DescentStatus.START, now().status());
    }

    @Test
    void stepIsExactlyOneGradientDescentUpdate() {
        model.setFunction("w^2");
        model.setStart(3);
        model.session().learningRateProperty().set(0.1);
        model.session().step();
        DescentState s = now().current();
        assertEquals(1, s.step());
        assertEquals(3 - 0.1 * (2 * 3.0), s.w());
        assertEquals(2 * s.w(), s.grad());
        assertEquals(2, model.rows().size());
        assertEquals(3 - 0.1 * 6 - 3, model.rows().get(0).stepTaken(), 1e-15);
    }

    @Test
    void theArrowShowsTheNextStepAtTheCurrentRate() {
        model.setFunction("w^2");
        model.setStart(-2);
        model.session().learningRateProperty().set(0.25);
        DescentSnapshot s = now();
        assertEquals(-2 - 0.25 * (2 * -2.0), s.nextW());
        assertTrue(s.nextW() > s.current().w(), "a negative slope steps right");
        model.session().learningRateProperty().set(0.5);
        assertEquals(-2 - 0.5 * (2 * -2.0), now().nextW());
    }

    @Test
    void aNewLearningRateReachesTheNextStepOnly() {
        model.setFunction("w^2");
        model.setStart(1);
        model.session().learningRateProperty().set(0.1);
        model.session().step();
        model.session().learningRateProperty().set(0.3);
        model.session().step();
        double w1 = 1 - 0.1 * 2;
        double w2 = w1 - 0.3 * (2 * w1);
        assertEquals(w2, now().current().w());
        assertEquals(0.1, model.rows().get(0).learningRate());
        assertEquals(0.3, model.rows().get(1).learningRate());
    }

    @Test
    void stepBackRestoresTheStateAndTheOptimizer() {
        model.setFunction("w^4 - 3*w^2 + w");
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("adam"));
        model.setStart(1.6);
        model.session().learningRateProperty().set(0.05);
        for (int i = 0; i < 5; i++) {
            model.session().step();
        }
        DescentState five = now().current();
        model.session().step();
        model.session().step();
        model.session().stepBack();
        model.session().stepBack();
        assertEquals(five, now().current());
        model.session().step();
        double again = now().current().w();
        // A fresh run of six steps lands on the same w: the optimizer state came back too.
        model.session().reset();
        for (int i = 0; i < 6; i++) {
            model.session().step();
        }
        assertEquals(again, now().current().w());
    }

    @Test
    void aBadFunctionIsAnsweredAndChangesNothing() {
        model.setFunction("w^2");
        model.session().step();
        DescentState before = now().current();
        String error = model.setFunction("sin(w))");
        assertEquals("unexpected ')' at column 7", error);
        assertEquals(error, model.functionErrorProperty().get());
        assertEquals("w^2", model.functionProperty().get().source());
        assertEquals(before, now().current());
        assertNull(model.setFunction("cos(w)"));
        assertEquals("", model.functionErrorProperty().get());
        assertEquals(0, now().current().step(), "a new function restarts");
    }

    @Test
    void playingConvergesAndStopsByItself() {
        model.applyPreset(Preset.ALL.get(0));
        model.session().play();
        model.session().playFor(100_000);
        DescentSnapshot s = now();
        assertEquals(DescentStatus.CONVERGED, s.status());
        assertFalse(s.playing());
        assertEquals(1.0, s.current().w(), 1e-5);
    }

    @Test
    void aRateTooLargeDivergesCleanlyAndResetBringsItBack() {
        model.applyPreset(Preset.ALL.get(2));
        model.session().learningRateProperty().set(10);
        model.session().play();
        model.session().playFor(1_000_000);
        DescentSnapshot s = now();
        assertEquals(DescentStatus.DIVERGED, s.status());
        assertTrue(s.current().isFinite(), "the run stays at its last finite state");
        assertEquals(s.current().step() + 1, s.divergedAt());
        assertFalse(s.playing());
        model.session().learningRateProperty().set(0.01);
        model.session().step();
        assertEquals(s.current().step() + 1, now().current().step(), "a smaller rate goes on from there");
        assertTrue(Math.abs(now().current().w()) < Math.abs(s.current().w()));
        model.session().reset();
        assertEquals(DescentStatus.START, now().status());
        assertEquals(Preset.ALL.get(2).w0(), now().current().w());
    }

    @Test
    void theNarrowValleyOvershootsAboveTwoOverItsCurvature() {
        model.applyPreset(Preset.ALL.get(2));
        model.session().learningRateProperty().set(0.13);
        for (int i = 0; i < 6; i++) {
            model.session().step();
        }
        assertEquals(DescentStatus.DIVERGING, now().status());
        model.session().reset();
        model.session().learningRateProperty().set(0.11);
        model.session().play();
        model.session().playFor(10_000);
        assertEquals(DescentStatus.CONVERGED, now().status());
    }

    @Test
    void theDoubleWellTrapsTheStartRightOfTheHumpInTheLocalMinimum() {
        model.applyPreset(Preset.ALL.get(1));
        model.session().play();
        model.session().playFor(100_000);
        double w = now().current().w();
        assertEquals(DescentStatus.CONVERGED, now().status());
        assertTrue(w > 1 && w < 1.2, "local minimum near 1.13, got " + w);
        model.setStart(-0.5);
        model.session().play();
        model.session().playFor(100_000);
        assertTrue(now().current().w() < -1.2, "global minimum near -1.30");
    }

    @Test
    void everyPresetParsesAndStartsFinite() {
        for (Preset p : Preset.ALL) {
            model.applyPreset(p);
            assertEquals(p.function(), model.functionProperty().get().source());
            assertTrue(now().current().isFinite(), p.name());
            assertTrue(p.lower() < p.w0() && p.w0() < p.upper(), p.name() + " starts in view");
        }
    }

    @Test
    void aStartWhereTheFunctionIsUndefinedIsReportedAsDivergedAtStepZero() {
        model.setFunction("log(w)");
        model.setStart(-1);
        DescentSnapshot s = now();
        assertEquals(DescentStatus.DIVERGED, s.status());
        assertEquals(0, s.divergedAt());
        model.session().step();
        assertEquals(0, now().current().step());
    }

    @Test
    void rangeChecksOfTheFields() {
        assertNull(org.gradientlab.app.controls.OptimizerPanel.checkFactor(0.9));
        assertEquals("must be at least 0 and below 1", org.gradientlab.app.controls.OptimizerPanel.checkFactor(1));
        assertEquals("must be at least 0 and below 1", org.gradientlab.app.controls.OptimizerPanel.checkFactor(-0.1));
        assertNull(org.gradientlab.app.controls.OptimizerPanel.checkEps(1e-8));
        assertEquals("must be above 0 and at most 1", org.gradientlab.app.controls.OptimizerPanel.checkEps(0));
        assertNull(DescentModel.checkStart(-3));
        assertEquals("the start must be between -1e6 and 1e6", DescentModel.checkStart(2e6));
    }
}
