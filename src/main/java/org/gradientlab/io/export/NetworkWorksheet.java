package org.gradientlab.io.export;

import static org.gradientlab.engine.network.NetworkParameters.B1;
import static org.gradientlab.engine.network.NetworkParameters.B2;
import static org.gradientlab.engine.network.NetworkParameters.W1;
import static org.gradientlab.engine.network.NetworkParameters.W2;
import static org.gradientlab.io.export.WorksheetTable.answer;
import static org.gradientlab.io.export.WorksheetTable.empty;
import static org.gradientlab.io.export.WorksheetTable.given;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.network.NetworkPass;
import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkStepper;
import org.gradientlab.engine.network.TwoNodeNetwork;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * The worksheet of the Network lesson: the first k training steps of the two-node network, SPEC
 * section 3, each as the forward and backward pass of every pair (x, y, z1, a1, z2, yhat, cost,
 * delta2, delta1 and the four gradients), their mean when there are several pairs, and the four
 * updated parameters. The passes come from {@link TwoNodeNetwork#pass}, the means and the updates
 * from a {@link NetworkStepper} run with the lesson's settings.
 */
public final class NetworkWorksheet {

    /** The most steps a worksheet holds. */
    public static final int MAX_STEPS = 50;
    /** The most pairs written out one by one; the means are over every pair all the same. */
    public static final int MAX_PAIRS = 8;

    static final List<String> PASS_COLUMNS = List.of("pair", "x", "y", "z1", "a1", "z2", "yhat", "cost", "delta2",
            "delta1", "dC/dw1", "dC/db1", "dC/dw2", "dC/db2");

    private NetworkWorksheet() {
    }

    /**
     * @param data         the training pairs
     * @param cost         mse or xent
     * @param optimizer    the optimizer and its hyperparameters
     * @param start        w1, b1, w2, b2 at step 0
     * @param learningRate η
     * @param steps        k, 1 to {@link #MAX_STEPS}
     */
    public static Worksheet of(DataSet data, Cost cost, OptimizerSettings optimizer, NetworkParameters start,
                               double learningRate, int steps) {
        DescentWorksheet.checkSteps(steps, MAX_STEPS);
        Worksheet sheet = new Worksheet("Backpropagation: the first " + steps + (steps == 1 ? " training step" : " training steps"))
                .setting("start: w1 = " + WorksheetNumbers.format(start.w1()) + ", b1 = "
                        + WorksheetNumbers.format(start.b1()) + ", w2 = " + WorksheetNumbers.format(start.w2())
                        + ", b2 = " + WorksheetNumbers.format(start.b2()))
                .setting("cost: " + cost.label() + ", learning rate η = " + WorksheetNumbers.format(learningRate)
                        + ", optimizer: " + optimizer.name()
                        + (optimizer.schedule().isConstant() ? "" : ", " + OptimizerRule.scheduleSetting(optimizer.schedule())))
                .setting(data.size() + (data.size() == 1 ? " pair" : " pairs") + " (x, y)"
                        + (data.size() > MAX_PAIRS ? "; the first " + MAX_PAIRS + " are written out, the means are over all" : ""));
        formulas(sheet, cost, optimizer, data.size());
        NetworkStepper stepper = new NetworkStepper(new NetworkProblem(data, cost), optimizer.create(), optimizer.schedule(), start);
        for (int k = 0; k < steps; k++) {
            if (!stepper.isFinite()) {
                sheet.note("At step " + k + " a number is no longer finite: the run stops there.");
                break;
            }
            double[] before = {stepper.param(W1), stepper.param(B1), stepper.param(W2), stepper.param(B2)};
            WorksheetTable pass = new WorksheetTable(PASS_COLUMNS);
            for (int j = 0; j < Math.min(MAX_PAIRS, data.size()); j++) {
                pass.row(passRow(j, TwoNodeNetwork.pass(data.x()[j], data.y()[j], before[W1], before[B1], before[W2],
                        before[B2], cost)));
            }
            if (data.size() > 1) {
                List<WorksheetTable.Cell> mean = new ArrayList<>(List.of(given("mean")));
                for (int c = 1; c < 7; c++) {
                    mean.add(empty());
                }
                mean.add(answer(stepper.problem().meanCost()));
                mean.add(empty());
                mean.add(empty());
                for (int p = W1; p <= B2; p++) {
                    mean.add(answer(stepper.gradient(p)));
                }
                pass.row(mean);
            }
            stepper.update(learningRate);
            WorksheetTable update = new WorksheetTable(List.of("", "w1", "b1", "w2", "b2"));
            update.row(List.of(given("before"), cell(k, before[W1]), cell(k, before[B1]), cell(k, before[W2]),
                    cell(k, before[B2])));
            update.row(List.of(given("after"), answer(stepper.param(W1)), answer(stepper.param(B1)),
                    answer(stepper.param(W2)), answer(stepper.param(B2))));
            sheet.section("Step " + k + ": forward and backward pass", pass);
            sheet.section("Step " + k + ": update", update);
        }
        return sheet;
    }

    /** The start is given; later parameters are the previous step's answers. */
    private static WorksheetTable.Cell cell(int step, double value) {
        return step == 0 ? given(value) : answer(value);
    }

    private static List<WorksheetTable.Cell> passRow(int pair, NetworkPass p) {
        return List.of(given(Integer.toString(pair + 1)), given(p.x()), given(p.y()), answer(p.z1()), answer(p.a1()),
                answer(p.z2()), answer(p.yhat()), answer(p.cost()), answer(p.delta2()), answer(p.delta1()),
                answer(p.gradW1()), answer(p.gradB1()), answer(p.gradW2()), answer(p.gradB2()));
    }

    private static void formulas(Worksheet sheet, Cost cost, OptimizerSettings optimizer, int pairs) {
        sheet.formula("z1 = w1·x + b1        a1 = σ(z1) = 1/(1 + e^(−z1))");
        sheet.formula("z2 = w2·a1 + b2       yhat = σ(z2)");
        if (cost == Cost.MSE) {
            sheet.formula("cost C = (yhat − y)²/2");
            sheet.formula("delta2 = dC/dz2 = (yhat − y)·yhat·(1 − yhat)");
        } else {
            sheet.formula("cost C = −(y·ln(yhat) + (1 − y)·ln(1 − yhat))");
            sheet.formula("delta2 = dC/dz2 = yhat − y");
        }
        sheet.formula("delta1 = dC/dz1 = delta2·w2·a1·(1 − a1)");
        sheet.formula("dC/dw2 = delta2·a1   dC/db2 = delta2   dC/dw1 = delta1·x   dC/db1 = delta1");
        if (pairs > 1) {
            sheet.formula("with several pairs: the cost and each gradient g are the means over the pairs");
        }
        OptimizerRule.lines(optimizer).forEach(sheet::formula);
        sheet.formula("for each parameter p of w1, b1, w2, b2, with g = dC/dp");
    }
}
