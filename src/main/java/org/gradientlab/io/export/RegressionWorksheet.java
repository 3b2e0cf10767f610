package org.gradientlab.io.export;

import static org.gradientlab.io.export.WorksheetTable.answer;
import static org.gradientlab.io.export.WorksheetTable.given;

import java.util.List;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.RegressionStepper;

/**
 * The worksheet of the Regression lesson, SPEC section 4: the first k updates of h(x) = w0 + w1·x,
 * each with the loss, the batch's residual sums, the gradient, the step and the new w0 and w1,
 * all taken from a {@link RegressionStepper} run with the lesson's settings.
 */
public final class RegressionWorksheet {

    /** The most steps a worksheet holds. */
    public static final int MAX_STEPS = 50;
    /** The most data points written out. */
    public static final int MAX_POINTS = 20;

    static final List<String> COLUMNS = List.of("k", "w0", "w1", "loss", "batch", "b", "Σ r", "Σ r·x", "g0", "g1",
            "η·g0", "η·g1", "new w0", "new w1");
    /** For momentum, RMSprop and Adam the step taken stands in for η·g. */
    static final List<String> OPTIMIZER_COLUMNS = List.of("k", "w0", "w1", "loss", "batch", "b", "Σ r", "Σ r·x", "g0",
            "g1", "w0 − new w0", "w1 − new w1", "new w0", "new w1");

    private RegressionWorksheet() {
    }

    /**
     * @param problem      the data (as trained: x standardised if the lesson scales it), reduction and batches
     * @param optimizer    the optimizer and its hyperparameters
     * @param startW0      w0 at step 0
     * @param startW1      w1 at step 0
     * @param learningRate η
     * @param steps        k, 1 to {@link #MAX_STEPS}
     * @param scaled       whether x was standardised (said in the settings)
     */
    public static Worksheet of(RegressionProblem problem, OptimizerSettings optimizer, double startW0, double startW1,
                               double learningRate, int steps, boolean scaled) {
        DescentWorksheet.checkSteps(steps, MAX_STEPS);
        DataSet data = problem.data();
        boolean mean = problem.reduction() == Reduction.MEAN;
        Worksheet sheet = new Worksheet("Linear regression: the first " + steps + (steps == 1 ? " update" : " updates"))
                .setting("start w0 = " + WorksheetNumbers.format(startW0) + ", w1 = " + WorksheetNumbers.format(startW1))
                .setting("learning rate η = " + WorksheetNumbers.format(learningRate) + ", optimizer: "
                        + optimizer.name() + ", reduction: " + problem.reduction().label()
                        + (optimizer.schedule().isConstant() ? "" : ", " + OptimizerRule.scheduleSetting(optimizer.schedule())))
                .setting(data.size() + " points, batch: " + (problem.isFullBatch() ? "all"
                        : problem.batchSize() + " (shuffled once per epoch, seed " + problem.seed() + ")")
                        + (scaled ? "; x is standardised (mean 0, standard deviation 1)" : ""));
        sheet.formula("h(x) = w0 + w1·x        r = y − h(x)        over the batch of b points:");
        sheet.formula(mean ? "g0 = −(Σ r)/b    g1 = −(Σ r·x)/b    loss = Σ r²/2/n over all n points"
                : "g0 = −Σ r    g1 = −Σ r·x    loss = Σ r²/2 over all points");
        OptimizerRule.lines(optimizer).forEach(sheet::formula);
        sheet.formula("for p = w0 with g0, and p = w1 with g1; the batch column lists its points by j");
        if (data.size() <= MAX_POINTS) {
            WorksheetTable points = new WorksheetTable(List.of("j", "x", "y"));
            for (int j = 0; j < data.size(); j++) {
                points.row(List.of(given(Integer.toString(j + 1)), given(data.x()[j]), given(data.y()[j])));
            }
            sheet.section("Data", points);
        }
        sheet.section("Updates", updates(problem, optimizer, startW0, startW1, learningRate, steps, sheet));
        return sheet;
    }

    private static WorksheetTable updates(RegressionProblem problem, OptimizerSettings optimizer, double startW0,
                                          double startW1, double learningRate, int steps, Worksheet sheet) {
        boolean plain = OptimizerRule.isPlain(optimizer);
        WorksheetTable table = new WorksheetTable(!plain ? OPTIMIZER_COLUMNS : optimizer.schedule().isConstant() ? COLUMNS
                : COLUMNS.stream().map(column -> column.replace("η·", "η_t·")).toList());
        RegressionStepper stepper = new RegressionStepper(problem, optimizer.create(), optimizer.schedule(), startW0, startW1);
        Reduction reduction = problem.reduction();
        for (int k = 0; k < steps; k++) {
            if (!stepper.isFinite()) {
                sheet.note("At step " + k + " w0, w1 or the loss is not a finite number: the run stops there.");
                break;
            }
            double w0 = stepper.w0();
            double w1 = stepper.w1();
            double loss = stepper.loss();
            int batch = stepper.nextBatchSize();
            String points = batchPoints(stepper.nextBatchIndices(), problem.isFullBatch());
            double sumR = stepper.nextSumResiduals();
            double sumRX = stepper.nextSumResidualsTimesX();
            double g0 = reduction.gradient(sumR, batch);
            double g1 = reduction.gradient(sumRX, batch);
            stepper.update(learningRate);
            double rate = optimizer.rate(learningRate, k + 1);
            double step0 = plain ? rate * g0 : w0 - stepper.w0();
            double step1 = plain ? rate * g1 : w1 - stepper.w1();
            table.row(List.of(given(Integer.toString(k)), k == 0 ? given(w0) : answer(w0),
                    k == 0 ? given(w1) : answer(w1), answer(loss), given(points), given(Integer.toString(batch)),
                    answer(sumR), answer(sumRX), answer(g0), answer(g1), answer(step0), answer(step1),
                    answer(stepper.w0()), answer(stepper.w1())));
        }
        return table;
    }

    /** "all", or the points' numbers j (from 1, as the data table counts them): "3, 1". */
    private static String batchPoints(int[] indices, boolean fullBatch) {
        if (fullBatch) {
            return "all";
        }
        StringBuilder text = new StringBuilder();
        for (int index : indices) {
            text.append(text.length() == 0 ? "" : ", ").append(index + 1);
        }
        return text.toString();
    }
}
