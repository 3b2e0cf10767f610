package org.gradientlab.io.export;

import static org.gradientlab.io.export.WorksheetTable.answer;
import static org.gradientlab.io.export.WorksheetTable.given;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.descent.DescentStepper;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * The worksheet of the Descent lesson: the first k steps of gradient descent on f(w) from the
 * start, every number taken from a {@link DescentStepper} run with the lesson's settings. For
 * plain descent a row is w, f(w), f'(w), η·f'(w) and the new w; for the other optimizers the
 * step taken (w − new w) stands in for η·f'(w).
 */
public final class DescentWorksheet {

    /** The most steps a worksheet holds. */
    public static final int MAX_STEPS = 50;

    private DescentWorksheet() {
    }

    /**
     * @param functionText f(w) as the person typed it
     * @param function     the same function, evaluable
     * @param optimizer    the optimizer and its hyperparameters
     * @param startW       w at step 0
     * @param learningRate η
     * @param steps        k, 1 to {@link #MAX_STEPS}
     */
    public static Worksheet of(String functionText, DifferentiableFunction function, OptimizerSettings optimizer,
                               double startW, double learningRate, int steps) {
        checkSteps(steps, MAX_STEPS);
        boolean plain = OptimizerRule.isPlain(optimizer);
        Worksheet sheet = new Worksheet("Gradient descent: the first " + steps + (steps == 1 ? " step" : " steps"))
                .setting("f(w) = " + functionText)
                .setting("start w = " + WorksheetNumbers.format(startW))
                .setting("learning rate η = " + WorksheetNumbers.format(learningRate))
                .setting("optimizer: " + optimizer.name());
        if (!optimizer.schedule().isConstant()) {
            sheet.setting(OptimizerRule.scheduleSetting(optimizer.schedule()));
        }
        sheet.formula("f'(w) is the derivative of f at w; g = f'(w)");
        OptimizerRule.lines(optimizer).forEach(line -> sheet.formula(line.replace("p ←", "new w ←").replace("p −", "w −")));
        List<String> columns = new ArrayList<>(List.of("k", "w", "f(w)", "f'(w)", plain ? OptimizerRule.rateName(optimizer) + "·f'(w)" : "w − new w", "new w"));
        WorksheetTable table = new WorksheetTable(columns);
        DescentStepper stepper = new DescentStepper(function, optimizer.create(), optimizer.schedule(), startW);
        for (int k = 0; k < steps; k++) {
            if (!stepper.isFinite()) {
                sheet.note("At step " + k + " w, f(w) or f'(w) is not a finite number: the run stops there.");
                break;
            }
            double w = stepper.w();
            double value = stepper.value();
            double slope = stepper.grad();
            stepper.update(learningRate);
            double newW = stepper.w();
            double step = plain ? optimizer.rate(learningRate, k + 1) * slope : w - newW;
            table.row(List.of(given(Integer.toString(k)), k == 0 ? given(w) : answer(w), answer(value),
                    answer(slope), answer(step), answer(newW)));
        }
        return sheet.section("Steps", table);
    }

    static void checkSteps(int steps, int max) {
        if (steps < 1 || steps > max) {
            throw new IllegalArgumentException("a worksheet has 1 to " + max + " steps, not " + steps);
        }
    }
}
