package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.descent.DescentStepper;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.SurfaceExpression;
import org.gradientlab.engine.mlp.MlpLayout;
import org.gradientlab.engine.mlp.MlpProblem;
import org.gradientlab.engine.mlp.MlpStepper;
import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkStepper;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.RegressionStepper;
import org.gradientlab.engine.regression.StandardizedX;
import org.gradientlab.engine.surface.SurfaceNoise;
import org.gradientlab.engine.surface.SurfaceStepper;
import org.gradientlab.io.lesson.DeepNetworkLesson;
import org.gradientlab.io.lesson.DescentLesson;
import org.gradientlab.io.lesson.LessonChecks;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;
import org.gradientlab.io.lesson.LessonFiles;
import org.gradientlab.io.lesson.NetworkLesson;
import org.gradientlab.io.lesson.RegressionLesson;
import org.gradientlab.io.lesson.SurfaceLesson;

/**
 * {@code run FILE.json}: a lesson file's run, headless. It builds the same stepper and table as the
 * lesson's own command (descent, network, regression or surface) from the file's settings, so the CSV is the
 * one that command writes for them.
 */
final class RunCommand implements Command {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public List<String> optionNames() {
        return TableOptions.NAMES;
    }

    @Override
    public int argumentCount() {
        return 1;
    }

    @Override
    public String usage() {
        return """
                usage: gradient-lab run FILE.json --steps N [--every K] [--out FILE]
                Runs a lesson file's lesson headless with the file's function or data, start, rate, optimizer and schedule;
                writes the CSV of the matching command (descent, network, regression or surface). A lesson with
                "scaleX": true trains on x standardised, as the app does.
                Exit status: 0 done, 2 bad input or a bad lesson file, 3 diverged.
                """;
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws UsageException {
        throw new UsageException("missing lesson file (usage: gradient-lab run FILE.json --steps N)");
    }

    @Override
    public int run(List<String> arguments, Options options, PrintStream out, PrintStream err)
            throws UsageException, IOException {
        TableOptions table = TableOptions.parse(options);
        LessonFile lesson = read(arguments.get(0));
        Optimizer optimizer = lesson.optimizer().create();
        Schedule schedule = lesson.optimizer().schedule();
        double learningRate = lesson.learningRate();
        String command = lesson.lesson();
        if (lesson.settings() instanceof DescentLesson descent) {
            Expression function = parseChecked(descent.function());
            DescentStepper stepper = new DescentStepper(function.evaluator(), optimizer, schedule, descent.start());
            return RunTable.output(command, DescentTable.of(stepper, learningRate), table, out, err);
        }
        if (lesson.settings() instanceof NetworkLesson network) {
            DataSet data = network.usesPair() ? DataSet.single(network.pairX(), network.pairY())
                    : network.dataSet().toDataSet();
            NetworkStepper stepper = new NetworkStepper(new NetworkProblem(data, network.cost()), optimizer, schedule,
                    network.start());
            return RunTable.output(command, NetworkTable.of(stepper, learningRate), table, out, err);
        }
        if (lesson.settings() instanceof SurfaceLesson surface) {
            SurfaceStepper stepper = new SurfaceStepper(parseSurfaceChecked(surface.function()).evaluator(), optimizer,
                    schedule, new SurfaceNoise(surface.noise(), surface.seed()), surface.startW1(), surface.startW2());
            return RunTable.output(command, SurfaceCommand.table(stepper, learningRate), table, out, err);
        }
        if (lesson.settings() instanceof DeepNetworkLesson deep) {
            MlpLayout layout = new MlpLayout(deep.data().inputCount(), deep.layers());
            MlpProblem problem = new MlpProblem(deep.data(), layout, deep.activation(), deep.cost(), deep.l2());
            MlpStepper stepper = new MlpStepper(problem, optimizer, schedule, layout.initialParameters(deep.seed()));
            return RunTable.output(command, MlpCommand.table(stepper, learningRate), table, out, err);
        }
        RegressionLesson regression = (RegressionLesson) lesson.settings();
        DataSet data = regression.data().toDataSet();
        DataSet trained = regression.scaleX() ? StandardizedX.of(data).data() : data;
        RegressionProblem problem = new RegressionProblem(trained, regression.reduction(), regression.batchSize(),
                regression.seed());
        RegressionStepper stepper = new RegressionStepper(problem, optimizer, schedule, regression.startW0(),
                regression.startW1());
        return RunTable.output(command, RegressionTable.of(stepper, learningRate), table, out, err);
    }

    private static LessonFile read(String file) throws UsageException {
        try {
            return LessonFiles.read(Path.of(file));
        } catch (InvalidPathException e) {
            throw new UsageException("'" + file + "' is not a valid file name");
        } catch (LessonFileException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The file's f(w1, w2) was checked when it was read; parsed again here for its evaluator. */
    private static SurfaceExpression parseSurfaceChecked(String function) throws UsageException {
        try {
            return LessonChecks.parseSurfaceFunction(function);
        } catch (LessonFileException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The file's function was checked when it was read; parsed again here for its evaluator. */
    private static Expression parseChecked(String function) throws UsageException {
        try {
            return LessonChecks.parseFunction(function);
        } catch (LessonFileException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
