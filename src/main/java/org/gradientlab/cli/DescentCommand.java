package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.descent.DescentStepper;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ExpressionException;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerSettings;

/** {@code descent}: gradient descent on a typed f(w), one CSV row per kept step (SPEC section 5). */
final class DescentCommand implements Command {

    private static final List<String> OPTIONS = List.of(
            "f", "w0", "lr", "optimizer", "beta", "rho", "beta1", "beta2", "eps", "steps", "every", "out");

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
                usage: gradient-lab descent --f EXPR --w0 W --lr LR [--optimizer gd|momentum|rmsprop|adam]
                         [--beta B] [--rho R] [--beta1 B1] [--beta2 B2] [--eps E] --steps N [--every K] [--out FILE]
                Gradient descent on f(w); writes CSV step,w,f,grad (row k = state before update k+1).
                Exit status: 0 done, 2 bad input, 3 diverged (rows before the divergence are written).
                """;
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws UsageException, IOException {
        DifferentiableFunction function = parseFunction(options.requireString("f"));
        double w0 = options.requireDouble("w0");
        double learningRate = options.requireDouble("lr");
        Optimizer optimizer = optimizer(options);
        long steps = options.requireLong("steps", 0);
        long every = options.optionalLong("every", 1, 1);
        String outPath = options.optionalString("out", null);

        DescentStepper stepper = new DescentStepper(function, optimizer, w0);
        try (CsvOutput output = outPath == null ? CsvOutput.toStdout(out) : CsvOutput.toFile(outPath)) {
            CsvRowWriter rows = new CsvRowWriter(output.stream());
            long divergedAt = DescentTable.write(stepper, learningRate, steps, every, rows);
            rows.flush();
            output.commit();
            if (divergedAt >= 0) {
                Cli.report(err, name(), "diverged at step " + divergedAt);
                return ExitStatus.DIVERGED;
            }
            return ExitStatus.DONE;
        }
    }

    private static DifferentiableFunction parseFunction(String text) throws UsageException {
        try {
            return Expression.parse(text).evaluator();
        } catch (ExpressionException e) {
            throw new UsageException("--f: " + e.getMessage());
        }
    }

    /** The optimizer and its hyperparameters; the defaults are SPEC section 2's. */
    static Optimizer optimizer(Options options) throws UsageException {
        OptimizerSettings defaults = OptimizerSettings.DEFAULT;
        String name = options.optionalChoice("optimizer", defaults.name(), "optimizer", OptimizerSettings.NAMES);
        return new OptimizerSettings(name,
                options.optionalDouble("beta", defaults.beta()),
                options.optionalDouble("rho", defaults.rho()),
                options.optionalDouble("beta1", defaults.beta1()),
                options.optionalDouble("beta2", defaults.beta2()),
                options.optionalDouble("eps", defaults.eps())).create();
    }
}
