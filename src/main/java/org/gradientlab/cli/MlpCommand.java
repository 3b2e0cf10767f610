package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gradientlab.engine.mlp.Activation;
import org.gradientlab.engine.mlp.MlpLayout;
import org.gradientlab.engine.mlp.MlpProblem;
import org.gradientlab.engine.mlp.MlpStepper;
import org.gradientlab.engine.mlp.TrainingSet;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * {@code mlp}: training a multi-layer network (SPEC section 7) on an x,y or x1,x2,y file, one CSV row
 * per kept step. Defaults: activation sigmoid, cost mse, l2 0, seed 1.
 */
final class MlpCommand implements Command {

    private static final List<String> OPTIONS = Options.names(List.of("data", "hidden", "activation", "cost", "l2", "seed",
            "lr"), OptimizerOptions.NAMES, ScheduleOptions.NAMES, TableOptions.NAMES);
    /** Compiled where used, not when the CLI loads this class: the other commands then start without regex. */
    private static final String HIDDEN = "\\s*\\d{1,9}\\s*(,\\s*\\d{1,9}\\s*)*";
    /** The seed when none is given. */
    static final long DEFAULT_SEED = 1;

    @Override
    public String name() {
        return "mlp";
    }

    @Override
    public List<String> optionNames() {
        return OPTIONS;
    }

    @Override
    public String usage() {
        return """
                usage: gradient-lab mlp --data FILE.csv --hidden N1[,N2,...] [--activation sigmoid|tanh|relu|linear]
                         [--cost mse|xent] [--l2 LAMBDA] [--seed S] --lr LR [--optimizer gd|momentum|rmsprop|adam|adagrad]
                         [--beta B] [--rho R] [--beta1 B1] [--beta2 B2] [--eps E]
                         [--schedule constant|step|exp|cosine] [--gamma G] [--decay-steps D] [--min-ratio R]
                         [--warmup W] --steps N [--every K] [--out FILE]
                Trains a network with hidden layers of N1, N2, ... nodes (1 to 64 each; activation default
                sigmoid) and one sigmoid output on an x,y or x1,x2,y CSV file (y from 0 to 1); mean cost and
                gradient over the pairs, plus LAMBDA/2 * (sum of squared weights) (default 0). Weights start
                at z*sqrt(1/n_(l-1)), z = (sum of 12 uniforms) - 6 from --seed (default 1); biases at 0.
                Writes CSV step,cost,accuracy, every w<l>_<i>_<j> and b<l>_<i> layer by layer, then gnorm<l>,
                the Euclidean norm of dC/dW_l (L2 term included). Schedules as in gradient-lab help descent.
                Exit status: 0 done, 2 bad input, 3 diverged (rows before the divergence are written).
                """;
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws UsageException, IOException {
        String dataFile = options.requireString("data");
        int[] hidden = hidden(options.requireString("hidden"));
        Activation activation = Activation.parse(options.optionalChoice("activation", Activation.SIGMOID.label(),
                "activation", Activation.LABELS));
        Cost cost = Cost.parse(options.optionalChoice("cost", Cost.MSE.label(), "cost", Cost.LABELS));
        double l2 = options.optionalDouble("l2", 0);
        if (l2 < 0) {
            throw new UsageException("--l2 must be at least 0");
        }
        long seed = options.optionalLong("seed", DEFAULT_SEED, Long.MIN_VALUE);
        double learningRate = options.requireDouble("lr");
        Optimizer optimizer = OptimizerOptions.parse(options);
        Schedule schedule = ScheduleOptions.parse(options);
        TableOptions table = TableOptions.parse(options);
        // The file last: every cheap check answers before a large file is read.
        TrainingSet data = DataFileOption.readTrainingSet(dataFile);

        MlpLayout layout = new MlpLayout(data.inputCount(), hidden);
        MlpProblem problem = new MlpProblem(data, layout, activation, cost, l2);
        MlpStepper stepper = new MlpStepper(problem, optimizer, schedule, layout.initialParameters(seed));
        return RunTable.output(name(), table(stepper, learningRate), table, out, err);
    }

    /** N1[,N2,...]: whole numbers from 1 to 64. */
    static int[] hidden(String text) throws UsageException {
        String problem = "--hidden: '" + text + "' is not a list of whole numbers from 1 to " + MlpLayout.MAX_NODES
                + " (such as 4 or 8,4)";
        if (!Pattern.matches(HIDDEN, text)) {
            throw new UsageException(problem);
        }
        String[] parts = text.split(",");
        int[] sizes = new int[parts.length];
        for (int l = 0; l < parts.length; l++) {
            sizes[l] = Integer.parseInt(parts[l].trim());
            if (sizes[l] < 1 || sizes[l] > MlpLayout.MAX_NODES) {
                throw new UsageException(problem);
            }
        }
        return sizes;
    }

    /** The stepper as the command's table: step, cost, accuracy, every parameter, every layer's gradient norm. */
    static TabulatedRun table(MlpStepper stepper, double learningRate) {
        MlpLayout layout = stepper.problem().layout();
        List<String> columns = new ArrayList<>(List.of("step", "cost", "accuracy"));
        columns.addAll(layout.parameterNames());
        for (int l = 1; l <= layout.layerCount(); l++) {
            columns.add("gnorm" + l);
        }
        int parameters = layout.parameterCount();
        int layers = layout.layerCount();
        return TabulatedRun.of(columns.toArray(String[]::new), stepper, learningRate, (step, rows) -> {
            rows.beginRow(step).add(stepper.cost()).add(stepper.accuracy());
            for (int k = 0; k < parameters; k++) {
                rows.add(stepper.param(k));
            }
            for (int l = 1; l <= layers; l++) {
                rows.add(stepper.gradientNorm(l));
            }
            rows.endRow();
        });
    }
}
