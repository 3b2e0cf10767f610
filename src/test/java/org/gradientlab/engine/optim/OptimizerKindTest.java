package org.gradientlab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizerKindTest {

    @Test
    void namesAndStateSizesOfSpecSection2() {
        assertEquals(List.of("gd", "momentum", "rmsprop", "adam", "adagrad"), OptimizerKind.NAMES);
        assertEquals(0, OptimizerKind.GD.stateSize());
        assertEquals(1, OptimizerKind.MOMENTUM.stateSize());
        assertEquals(1, OptimizerKind.RMSPROP.stateSize());
        assertEquals(2, OptimizerKind.ADAM.stateSize());
        assertEquals(1, OptimizerKind.ADAGRAD.stateSize());
    }

    @Test
    void parsesEveryNameBack() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            assertEquals(kind, OptimizerKind.parse(kind.cliName()));
            assertEquals(kind.cliName(), kind.toString());
        }
    }

    @Test
    void anUnknownNameIsAnsweredWithTheList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptimizerKind.parse("ADAM"));
        assertEquals("unknown optimizer 'ADAM' (expected gd, momentum, rmsprop, adam, adagrad)", e.getMessage());
    }

    @Test
    void theFactoryMakesTheKindAskedFor() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Optimizer optimizer = OptimizerSettings.DEFAULT.withKind(kind).create();
            assertEquals(kind, optimizer.kind());
            assertEquals(kind.stateSize(), optimizer.stateSize());
        }
    }

    @Test
    void epsMattersOnlyToTheDividingOptimizers() {
        assertFalse(OptimizerKind.GD.usesEps());
        assertFalse(OptimizerKind.MOMENTUM.usesEps());
        assertTrue(OptimizerKind.RMSPROP.usesEps());
        assertTrue(OptimizerKind.ADAM.usesEps());
        assertTrue(OptimizerKind.ADAGRAD.usesEps());
    }
}
