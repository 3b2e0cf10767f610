package org.gradientlab.app;

import java.util.List;
import org.gradientlab.app.descent.DescentModel;
import org.gradientlab.app.network.NetworkData;
import org.gradientlab.app.network.NetworkModel;
import org.gradientlab.app.regression.BatchMode;
import org.gradientlab.app.regression.RegressionModel;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.LinearDataGenerator;

/**
 * The headless command (SPEC section 5) that runs the problem a lesson plays in the probe, so the
 * probe can set the engine's rate in the app against the command's: the lesson's function or data,
 * start and rate, read from its model. Only the probe's setups (plain descent, one pair, generated
 * data over all points) have one; any other answers null.
 */
final class ProbeCommand {

    private ProbeCommand() {
    }

    /** The command's arguments up to {@code --steps}, or null when the lesson's setup has none. */
    static List<String> of(LessonSet lessons, int lesson) {
        return switch (lesson) {
            case 0 -> descent(lessons.descent().model());
            case 1 -> network(lessons.network().model());
            default -> regression(lessons.regression().model());
        };
    }

    private static List<String> descent(DescentModel model) {
        if (!model.optimizerProperty().get().equals(OptimizerSettings.DEFAULT)) {
            return null;
        }
        return List.of("descent", "--f", model.functionProperty().get().source(), "--w0", n(model.startWProperty().get()),
                "--lr", n(model.learningRateProperty().get()));
    }

    private static List<String> network(NetworkModel model) {
        NetworkData data = model.dataProperty().get();
        if (!model.optimizerProperty().get().equals(OptimizerSettings.DEFAULT) || data.data().size() != 1) {
            return null;
        }
        return List.of("network", "--x", n(data.data().x()[0]), "--y", n(data.data().y()[0]),
                "--w1", n(model.startProperty(0).get()), "--b1", n(model.startProperty(1).get()),
                "--w2", n(model.startProperty(2).get()), "--b2", n(model.startProperty(3).get()),
                "--cost", model.costProperty().get().label(), "--lr", n(model.learningRateProperty().get()));
    }

    private static List<String> regression(RegressionModel model) {
        if (!model.optimizerProperty().get().equals(OptimizerSettings.DEFAULT)
                || !model.generator().generator().equals(LinearDataGenerator.DEFAULT)
                || !model.dataProperty().get().source().startsWith("generated")
                || model.batchModeProperty().get() != BatchMode.ALL || model.scaleXProperty().get()) {
            return null;
        }
        return List.of("regression", "--generate", String.valueOf(model.generator().count()),
                "--seed", String.valueOf(model.generator().seed()), "--reduction", model.reductionProperty().get().label(),
                "--w0", n(model.startW0Property().get()), "--w1", n(model.startW1Property().get()),
                "--lr", n(model.learningRateProperty().get()));
    }

    private static String n(double value) {
        return String.valueOf(value);
    }
}
