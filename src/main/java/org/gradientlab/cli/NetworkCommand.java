package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkStepper;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * {@code network}: training the two-node network of SPEC section 3 on one pair (--x, --y) or a data
 * file (--data), one CSV row per kept step (SPEC section 5).
 */
final class NetworkCommand implements Command {

    private static final List<String> OPTIONS = Options.names(List.of("x", "y", "data", "w1", "b1", "w2", "b2", "lr",
            "cost"), OptimizerOptions.NAMES, ScheduleOptions.NAMES, TableOptions.NAMES);

    @Override
    public String name() {
        return "network";
    }

    @Override
    public List<String> optionNames() {
        return OPTIONS;
    }

    @Override
    public String usage() {
        return """
                usage: gradient-lab network --x X --y Y | --data FILE.csv --w1 W1 --b1 B1 --w2 W2 --b2 B2 --lr LR
                         [--cost mse|xent] [--optimizer gd|momentum|rmsprop|adam|adagrad] [--beta B] [--rho R]
                         [--beta1 B1] [--beta2 B2] [--eps E] [--schedule constant|step|exp|cosine] [--gamma G]
                         [--decay-steps D] [--min-ratio R] [--warmup W] --steps N [--every K] [--out FILE]
                Trains x -> (w1,b1) -> sigmoid -> (w2,b2) -> sigmoid -> yhat on one pair or on the pairs of an
                x,y CSV file (mean cost and gradient); writes CSV
                step,w1,b1,w2,b2,z1,a1,z2,yhat,cost,delta2,delta1,dw1,db1,dw2,db2 (row k = state before update k+1;
                with --data, z1 to delta1 are the first pair's). Schedules as in gradient-lab help descent.
                Exit status: 0 done, 2 bad input, 3 diverged (rows before the divergence are written).
                """;
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws UsageException, IOException {
        String dataFile = dataFile(options);
        DataSet pair = dataFile == null ? DataSet.single(options.requireDouble("x"), options.requireDouble("y")) : null;
        NetworkParameters start = new NetworkParameters(options.requireDouble("w1"), options.requireDouble("b1"),
                options.requireDouble("w2"), options.requireDouble("b2"));
        double learningRate = options.requireDouble("lr");
        Cost cost = Cost.parse(options.optionalChoice("cost", Cost.MSE.label(), "cost", Cost.LABELS));
        if (pair != null && !cost.acceptsTarget(pair.y()[0])) {
            throw new UsageException("--y " + Cost.targetText(pair.y()[0]) + " is outside [0, 1]: --cost xent needs a "
                    + "target y from 0 to 1");
        }
        Optimizer optimizer = OptimizerOptions.parse(options);
        Schedule schedule = ScheduleOptions.parse(options);
        TableOptions table = TableOptions.parse(options);
        // The file last: every cheap check answers before a large file is read.
        DataSet data = dataFile == null ? pair : DataFileOption.read(dataFile, (x, y) -> cost.acceptsTarget(y) ? null
                : "y = " + Cost.targetText(y) + " is outside [0, 1]: --cost xent needs every y from 0 to 1");

        NetworkStepper stepper = new NetworkStepper(new NetworkProblem(data, cost), optimizer, schedule, start);
        return RunTable.output(name(), NetworkTable.of(stepper, learningRate), table, out, err);
    }

    /** The --data file name, or null for one pair; exactly one of the two must be given. */
    private static String dataFile(Options options) throws UsageException {
        boolean pair = options.has("x") || options.has("y");
        if (options.has("data")) {
            if (pair) {
                throw new UsageException("give either --x and --y or --data, not both");
            }
            return options.requireString("data");
        }
        if (!pair) {
            throw new UsageException("missing required option --x and --y, or --data");
        }
        if (!options.has("x") || !options.has("y")) {
            throw new UsageException("missing required option --" + (options.has("x") ? "y" : "x")
                    + " (one pair needs both --x and --y)");
        }
        return null;
    }
}
