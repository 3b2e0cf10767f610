package org.gradientlab.app.descent.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The EWMA strip's data in the Descent snapshot, against SPEC section 2 worked by hand on f(w) = w^2. */
class EwmaWindowTest {

    private DescentModel model;

    @BeforeEach
    void open() {
        model = new DescentModel(RunnerFactory.synchronous());
    }

    @AfterEach
    void close() {
        model.close();
    }

    private EwmaWindow stepOnWSquared(String optimizer, int steps) {
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName(optimizer));
        model.setFunction("w^2");
        model.setStart(3);
        model.session().learningRateProperty().set(0.1);
        for (int i = 0; i < steps; i++) {
            model.session().step();
        }
        model.session().pullSnapshot();
        return model.session().snapshotProperty().get().ewma();
    }

    /** The gradient row k of the table recorded, f'(w_k). */
    private double recordedGrad(int k) {
        List<StepRow> rows = model.rows();
        assertEquals(k, rows.get(k).step());
        return rows.get(k).grad();
    }

    @Test
    void momentumsEwmaIsVWorkedByHandFromTheRecordedGradients() {
        EwmaWindow window = stepOnWSquared("momentum", 5);
        assertTrue(window.applies());
        assertEquals(0.9, window.beta());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, window.steps());
        // w0 = 3: g0 = 6, v1 = 0.1*6 = 0.6, w1 = 3 - 0.1*0.6 = 2.94, g1 = 5.88, v2 = 0.9*0.6 + 0.1*5.88 = 1.128.
        assertEquals(6, window.grads()[0], 1e-12);
        assertEquals(0.6, window.ewma()[0], 1e-12);
        assertEquals(5.88, window.grads()[1], 1e-12);
        assertEquals(1.128, window.ewma()[1], 1e-12);
        double v = 0;
        for (int t = 1; t <= 5; t++) {
            double g = recordedGrad(t - 1);
            v = 0.9 * v + 0.1 * g;
            assertEquals(g, window.grads()[t - 1], 1e-15, "the gradient update " + t + " used");
            assertEquals(v, window.ewma()[t - 1], 1e-12, "v after update " + t);
        }
        assertEquals(0, window.corrected().length, "momentum has no bias correction");
    }

    @Test
    void adamsCorrectedMIsMOverOneMinusBeta1ToTheT() {
        EwmaWindow window = stepOnWSquared("adam", 4);
        assertEquals(OptimizerKind.ADAM, window.optimizer());
        assertEquals(4, window.size());
        double m = 0;
        for (int t = 1; t <= 4; t++) {
            double g = recordedGrad(t - 1);
            m = 0.9 * m + 0.1 * g;
            assertEquals(m, window.ewma()[t - 1], 1e-12, "m after update " + t);
            assertEquals(m / (1 - Math.pow(0.9, t)), window.corrected()[t - 1], 1e-12, "corrected m at t = " + t);
        }
        // At t = 1 the correction undoes the start at 0 exactly: m1/(1-0.9) = g0 = 6.
        assertEquals(6, window.corrected()[0], 1e-12);
    }

    @Test
    void theWindowKeepsOnlyTheNewestUpdates() {
        EwmaWindow window = stepOnWSquared("momentum", EwmaWindow.LENGTH + 10);
        assertEquals(EwmaWindow.LENGTH, window.size());
        assertEquals(11, window.steps()[0]);
        assertEquals(EwmaWindow.LENGTH + 10, window.steps()[EwmaWindow.LENGTH - 1]);
    }

    @Test
    void stepBackTakesTheNewestUpdateOut() {
        EwmaWindow three = stepOnWSquared("momentum", 3);
        model.session().stepBack();
        model.session().pullSnapshot();
        EwmaWindow two = model.session().snapshotProperty().get().ewma();
        assertEquals(2, two.size());
        assertEquals(three.ewma()[1], two.ewma()[1]);
    }

    @Test
    void gdAndRmspropHaveNoWindow() {
        assertFalse(stepOnWSquared("gd", 3).applies());
        assertEquals(0, model.session().snapshotProperty().get().ewma().size());
        assertFalse(stepOnWSquared("rmsprop", 3).applies());
    }

    @Test
    void aMomentumRunShowsItsStripBeforeTheFirstUpdate() {
        EwmaWindow window = stepOnWSquared("momentum", 0);
        assertTrue(window.applies());
        assertEquals(0, window.size());
    }

    @Test
    void theArraysCannotBeChangedFromOutside() {
        double[] grads = {1, 2};
        EwmaWindow window = new EwmaWindow(OptimizerKind.MOMENTUM, 0.9, new double[] {1, 2}, grads, new double[] {0.1, 0.29},
                new double[0]);
        grads[0] = 99;
        window.grads()[1] = 99;
        assertArrayEquals(new double[] {1, 2}, window.grads());
    }
}
