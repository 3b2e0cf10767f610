package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.gradientlab.engine.TwoVariableFunction;
import org.gradientlab.engine.expr.ExpressionException;
import org.gradientlab.engine.expr.SurfaceExpression;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.surface.SurfaceNoise;
import org.gradientlab.engine.surface.SurfaceStepper;

/** {@code surface}: descent on a typed f(w1, w2), one CSV row per kept step (SPEC section 6). */
final class SurfaceCommand implements Command {

    private static final List<String> OPTIONS = Options.names(List.of("f", "w1", "w2", "lr", "noise", "seed"),
            OptimizerOptions.NAMES, ScheduleOptions.NAMES, TableOptions.NAMES);

    /** The CSV header. */
    static final String[] COLUMNS = {"step", "w1", "w2", "f", "g1", "g2"};

    @Override
    public String name() {
        return "surface";
    }

    @Override
    public List<String> optionNames() {
        return OPTIONS;
    }

    @Override
    public String usage() {
        return """
                usage: gradient-lab surface --f EXPR --w1 W1 --w2 W2 --lr LR [--optimizer gd|momentum|rmsprop|adam|adagrad]
                         [--beta B] [--rho R] [--beta1 B1] [--beta2 B2] [--eps E]
                         [--schedule constant|step|exp|cosine] [--gamma G] [--decay-steps D] [--min-ratio R]
                         [--warmup W] [--noise S] [--seed N] --steps N [--every K] [--out FILE]
                Descent on f(w1, w2) (variables w1 and w2, or x and y); writes CSV step,w1,w2,f,g1,g2 (row k =
                state before update k+1; g1, g2 the exact gradient). --noise S (default 0) updates with
                g_i + S*z_i, z1 then z2 = (sum of 12 uniforms) - 6 from --seed (default 1).
                Schedules as in gradient-lab help descent.
                Exit status: 0 done, 2 bad input, 3 diverged (rows before the divergence are written).
                """;
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws UsageException, IOException {
        TwoVariableFunction function = parseFunction(options.requireString("f"));
        double w1 = options.requireDouble("w1");
        double w2 = options.requireDouble("w2");
        double learningRate = options.requireDouble("lr");
        Optimizer optimizer = OptimizerOptions.parse(options);
        Schedule schedule = ScheduleOptions.parse(options);
        double noiseScale = options.optionalDouble("noise", 0);
        if (noiseScale < 0) {
            throw new UsageException("--noise must be at least 0");
        }
        long seed = options.optionalLong("seed", SurfaceNoise.DEFAULT_SEED, Long.MIN_VALUE);
        TableOptions table = TableOptions.parse(options);

        SurfaceStepper stepper = new SurfaceStepper(function, optimizer, schedule, new SurfaceNoise(noiseScale, seed),
                w1, w2);
        return RunTable.output(name(), table(stepper, learningRate), table, out, err);
    }

    /** The command's table of a stepper's run: step,w1,w2,f,g1,g2 (also for {@code run} of a surface lesson). */
    static TabulatedRun table(SurfaceStepper stepper, double learningRate) {
        return TabulatedRun.of(COLUMNS, stepper, learningRate, (step, rows) -> rows.beginRow(step)
                .add(stepper.w1()).add(stepper.w2()).add(stepper.value()).add(stepper.g1()).add(stepper.g2()).endRow());
    }

    private static TwoVariableFunction parseFunction(String text) throws UsageException {
        try {
            return SurfaceExpression.parse(text).evaluator();
        } catch (ExpressionException e) {
            throw new UsageException("--f: " + e.getMessage());
        }
    }
}
