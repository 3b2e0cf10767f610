package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.regression.LinearDataGenerator;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.RegressionStepper;

/**
 * {@code regression}: univariate linear regression by gradient descent (SPEC section 4) on a data
 * file or generated data, one CSV row per kept step (SPEC section 5). Reduction defaults to sum, the
 * textbook rule; batch defaults to all; the seed, default 1, seeds both the generated data and the
 * mini-batch shuffle.
 */
final class RegressionCommand implements Command {

    private static final List<String> OPTIONS = Options.names(List.of("data", "generate", "seed", "w0", "w1", "lr",
            "reduction", "batch"), OptimizerOptions.NAMES, ScheduleOptions.NAMES, TableOptions.NAMES);
    /** The largest array of points Java can make. */
    private static final long MAX_POINTS = Integer.MAX_VALUE - 8;

    @Override
    public String name() {
        return "regression";
    }

    @Override
    public List<String> optionNames() {
        return OPTIONS;
    }

    @Override
    public String usage() {
        return """
                usage: gradient-lab regression --data FILE.csv | --generate N [--seed S] --w0 W0 --w1 W1 --lr LR
                         [--reduction sum|mean] [--batch all|N] [--optimizer gd|momentum|rmsprop|adam|adagrad]
                         [--beta B] [--rho R] [--beta1 B1] [--beta2 B2] [--eps E]
                         [--schedule constant|step|exp|cosine] [--gamma G] [--decay-steps D] [--min-ratio R]
                         [--warmup W] --steps N [--every K] [--out FILE]
                Fits h(x) = w0 + w1*x by gradient descent; writes CSV step,w0,w1,loss (row k = state before
                update k+1; the loss is over all the points). --reduction sum (default) is the textbook rule,
                mean divides by the batch size. --batch N takes N points per update, in an order shuffled each
                epoch from --seed (default 1). --generate N draws x uniform in [0, 1) and y = 1 + 2*x + 0.25*z,
                z = (sum of 12 uniforms) - 6, from --seed. Schedules as in gradient-lab help descent.
                Exit status: 0 done, 2 bad input, 3 diverged (rows before the divergence are written).
                """;
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws UsageException, IOException {
        boolean fromFile = options.has("data");
        if (fromFile && options.has("generate")) {
            throw new UsageException("give --data or --generate, not both");
        }
        if (!fromFile && !options.has("generate")) {
            throw new UsageException("missing required option --data or --generate");
        }
        long pointCount = fromFile ? 0 : options.requireLong("generate", 1);
        if (pointCount > MAX_POINTS) {
            throw new UsageException("--generate must be at most " + MAX_POINTS);
        }
        long seed = options.optionalLong("seed", RegressionProblem.DEFAULT_SEED, Long.MIN_VALUE);
        double w0 = options.requireDouble("w0");
        double w1 = options.requireDouble("w1");
        double learningRate = options.requireDouble("lr");
        Reduction reduction = Reduction.of(options.optionalChoice("reduction", Reduction.SUM.label(), "reduction",
                Reduction.LABELS));
        int batchSize = batchSize(options);
        Optimizer optimizer = OptimizerOptions.parse(options);
        Schedule schedule = ScheduleOptions.parse(options);
        TableOptions table = TableOptions.parse(options);

        DataSet data = fromFile ? DataFileOption.read(options.requireString("data")) : generate((int) pointCount, seed);
        RegressionStepper stepper = new RegressionStepper(new RegressionProblem(data, reduction, batchSize, seed),
                optimizer, schedule, w0, w1);
        return RunTable.output(name(), RegressionTable.of(stepper, learningRate), table, out, err);
    }

    /** {@code all} (the default) or a whole number of at least 1; more than the points is all of them. */
    private static int batchSize(Options options) throws UsageException {
        String text = options.optionalString("batch", "all");
        if (text.equals("all")) {
            return RegressionProblem.FULL_BATCH;
        }
        if (!NumberSyntax.isWhole(text)) {
            throw new UsageException("--batch: '" + text + "' is not all or a whole number");
        }
        return (int) Math.min(options.requireLong("batch", 1), RegressionProblem.FULL_BATCH);
    }

    private static DataSet generate(int pointCount, long seed) throws UsageException {
        try {
            return LinearDataGenerator.DEFAULT.generate(pointCount, seed);
        } catch (OutOfMemoryError e) {
            throw new UsageException("--generate: " + pointCount + " points do not fit in memory");
        }
    }
}
