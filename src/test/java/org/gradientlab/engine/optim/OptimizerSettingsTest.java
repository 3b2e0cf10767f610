package org.gradientlab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizerSettingsTest {

    @Test
    void defaultsAreThoseOfSpecSection2() {
        OptimizerSettings defaults = OptimizerSettings.DEFAULT;
        assertEquals("gd", defaults.name());
        assertEquals(0.9, defaults.beta());
        assertEquals(0.9, defaults.rho());
        assertEquals(0.9, defaults.beta1());
        assertEquals(0.999, defaults.beta2());
        assertEquals(1e-8, defaults.eps());
    }

    @Test
    void namesInMenuOrder() {
        assertEquals(List.of("gd", "momentum", "rmsprop", "adam", "adagrad"), OptimizerSettings.NAMES);
    }

    @Test
    void createsEachOptimizerWithItsHyperparameters() {
        OptimizerSettings settings = new OptimizerSettings("gd", 0.1, 0.2, 0.3, 0.4, 0.5);
        assertInstanceOf(GradientDescent.class, settings.create());
        assertEquals(new Momentum(0.1), settings.withName("momentum").create());
        assertEquals(new RmsProp(0.2, 0.5), settings.withName("rmsprop").create());
        assertEquals(new Adam(0.3, 0.4, 0.5), settings.withName("adam").create());
        assertEquals(new AdaGrad(0.5), settings.withName("adagrad").create());
        assertEquals(new AdaGrad(0.5), settings.withKind(OptimizerKind.ADAGRAD).create());
    }

    @Test
    void rejectsAnUnknownName() {
        assertThrows(IllegalArgumentException.class, () -> OptimizerSettings.DEFAULT.withName("sgd"));
    }

    @Test
    void theScheduleIsConstantByDefaultAndSurvivesAChangeOfOptimizer() {
        assertEquals(Schedule.CONSTANT, OptimizerSettings.DEFAULT.schedule());
        assertEquals(Schedule.CONSTANT, new OptimizerSettings("adam", 0.1, 0.2, 0.3, 0.4, 0.5).schedule());
        Schedule step = new Schedule(Schedule.Kind.STEP, 0.25, 3, 0, 2);
        OptimizerSettings scheduled = OptimizerSettings.DEFAULT.withSchedule(step);
        assertEquals(step, scheduled.withName("adagrad").schedule());
        assertEquals(step, scheduled.withKind(OptimizerKind.MOMENTUM).schedule());
        assertEquals(OptimizerSettings.DEFAULT, scheduled.withSchedule(Schedule.CONSTANT));
        // Update 4 of lr 0.8: step m = 0.25^floor(3/3) = 0.25, warm-up min(1, 4/2) = 1, so 0.2 (worked by hand).
        assertEquals(0.8 * 0.25, scheduled.rate(0.8, 4));
        // Update 1: m = 1, warm-up 1/2.
        assertEquals(0.4, scheduled.rate(0.8, 1));
        assertThrows(IllegalArgumentException.class, () -> OptimizerSettings.DEFAULT.withSchedule(null));
    }
}
