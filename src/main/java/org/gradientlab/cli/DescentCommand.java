package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.descent.DescentStepper;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ExpressionException;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/** {@code descent}: gradient descent on a typed f(w), one CSV row per kept step (SPEC section 5). */
final class DescentCommand implements Command {

    private static final List<String> OPTIONS = Options.names(List.of("f", "w0", "lr"), OptimizerOptions.NAMES,
            ScheduleOptions.NAMES, TableOptions.NAMES);

    @Override
    public String name() {
        return "descent";
    }

    @Override
    public List<String> optionNames() {
        return OPTIONS;
    }

    @Override
    public String usage() {
        return """
                usage: gradient-lab descent --f EXPR --w0 W --lr LR [--optimizer gd|momentum|rmsprop|adam|adagrad]
                         [--beta B] [--rho R] [--beta1 B1] [--beta2 B2] [--eps E]
                         [--schedule constant|step|exp|cosine] [--gamma G] [--decay-steps D] [--min-ratio R]
                         [--warmup W] --steps N [--every K] [--out FILE]
                Gradient descent on f(w); writes CSV step,w,f,grad (row k = state before update k+1).
                Update t uses lr * m(t) * min(1, t/W): m = 1 (constant), gamma^floor((t-1)/D) (step),
                gamma^(t-1) (exp) or r + (1-r)*(1+cos(pi*min(t-1,D)/D))/2 (cosine); defaults gamma 0.5, D 100,
                r 0, W 0 (no warm-up).
                Exit status: 0 done, 2 bad input, 3 diverged (rows before the divergence are written).
                """;
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws UsageException, IOException {
        DifferentiableFunction function = parseFunction(options.requireString("f"));
        double w0 = options.requireDouble("w0");
        double learningRate = options.requireDouble("lr");
        Optimizer optimizer = OptimizerOptions.parse(options);
        Schedule schedule = ScheduleOptions.parse(options);
        TableOptions table = TableOptions.parse(options);

        DescentStepper stepper = new DescentStepper(function, optimizer, schedule, w0);
        return RunTable.output(name(), DescentTable.of(stepper, learningRate), table, out, err);
    }

    private static DifferentiableFunction parseFunction(String text) throws UsageException {
        try {
            return Expression.parse(text).evaluator();
        } catch (ExpressionException e) {
            throw new UsageException("--f: " + e.getMessage());
        }
    }
}
