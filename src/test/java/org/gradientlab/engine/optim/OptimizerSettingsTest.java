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
}
