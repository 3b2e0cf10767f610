package org.gradientlab.io.export;

import java.util.List;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;

/** The update rule of an optimizer, SPEC section 2, as a worksheet writes it once at the top. */
final class OptimizerRule {

    private OptimizerRule() {
    }

    /** One parameter p with gradient g at step t (t starts at 1; v, s and m start at 0). */
    static List<String> lines(OptimizerSettings settings) {
        return switch (settings.kind()) {
            case MOMENTUM -> List.of("v ← β·v + (1 − β)·g,  p ← p − η·v        (β = "
                    + WorksheetNumbers.format(settings.beta()) + ")");
            case RMSPROP -> List.of("s ← ρ·s + (1 − ρ)·g²,  p ← p − η·g/(√s + ε)        (ρ = "
                    + WorksheetNumbers.format(settings.rho()) + ", ε = " + WorksheetNumbers.format(settings.eps()) + ")");
            case ADAM -> List.of("m ← β1·m + (1 − β1)·g,  s ← β2·s + (1 − β2)·g²",
                    "p ← p − η·(m/(1 − β1^t)) / (√(s/(1 − β2^t)) + ε)        (β1 = "
                            + WorksheetNumbers.format(settings.beta1()) + ", β2 = "
                            + WorksheetNumbers.format(settings.beta2()) + ", ε = "
                            + WorksheetNumbers.format(settings.eps()) + ")");
            case ADAGRAD -> List.of("s ← s + g²,  p ← p − η·g/(√s + ε)        (ε = "
                    + WorksheetNumbers.format(settings.eps()) + ")");
            case GD -> List.of("p ← p − η·g");
        };
    }

    /** True for plain gradient descent, whose step is exactly η·g. */
    static boolean isPlain(OptimizerSettings settings) {
        return settings.kind() == OptimizerKind.GD;
    }
}
