package org.gradientlab.io.export;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.optim.Schedule;

/** The update rule of an optimizer, SPEC section 2, as a worksheet writes it once at the top. */
final class OptimizerRule {

    private OptimizerRule() {
    }

    /**
     * One parameter p with gradient g at step t (t starts at 1; v, s and m start at 0); with a schedule
     * the rate is η_t, and the schedule's own line follows.
     */
    static List<String> lines(OptimizerSettings settings) {
        List<String> rule = optimizerLines(settings);
        if (settings.schedule().isConstant()) {
            return rule;
        }
        List<String> lines = new ArrayList<>();
        rule.forEach(line -> lines.add(line.replace("η", "η_t")));
        lines.add(scheduleLine(settings.schedule()));
        return lines;
    }

    /** "η" without a schedule, "η_t" with one. */
    static String rateName(OptimizerSettings settings) {
        return settings.schedule().isConstant() ? "η" : "η_t";
    }

    /** The schedule as a setting: "schedule: step, γ = 0.5, D = 100" (with ", warm-up W = 5" when there is one). */
    static String scheduleSetting(Schedule schedule) {
        String numbers = switch (schedule.kind()) {
            case CONSTANT -> "";
            case STEP -> ", γ = " + n(schedule.gamma()) + ", D = " + schedule.decaySteps();
            case EXP -> ", γ = " + n(schedule.gamma());
            case COSINE -> ", D = " + schedule.decaySteps() + ", r = " + n(schedule.minRatio());
        };
        return "schedule: " + schedule.kind().label() + numbers
                + (schedule.warmup() == 0 ? "" : ", warm-up W = " + schedule.warmup());
    }

    private static String scheduleLine(Schedule schedule) {
        String m = switch (schedule.kind()) {
            case CONSTANT -> "η_t = η";
            case STEP -> "η_t = η·γ^⌊(t − 1)/D⌋";
            case EXP -> "η_t = η·γ^(t − 1)";
            case COSINE -> "η_t = η·(r + (1 − r)·(1 + cos(π·min(t − 1, D)/D))/2)";
        };
        return m + (schedule.warmup() == 0 ? "" : "·min(1, t/W)") + "        (the update from step k has t = k + 1)";
    }

    private static String n(double value) {
        return WorksheetNumbers.format(value);
    }

    private static List<String> optimizerLines(OptimizerSettings settings) {
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
