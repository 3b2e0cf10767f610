package org.gradientlab.app.export;

import org.gradientlab.app.descent.DescentModel;
import org.gradientlab.app.network.NetworkModel;
import org.gradientlab.app.regression.RegressionModel;
import org.gradientlab.app.regression.RegressionSetup;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.io.export.DescentWorksheet;
import org.gradientlab.io.export.NetworkWorksheet;
import org.gradientlab.io.export.RegressionWorksheet;
import org.gradientlab.io.export.Worksheet;

/** The worksheet of a lesson from its start and its settings as they are now. FX thread only. */
final class LessonWorksheets {

    private LessonWorksheets() {
    }

    /** @param lesson 0 Descent, 1 Network, 2 Regression */
    static Worksheet of(MainWindow window, int lesson, int steps) {
        return switch (lesson) {
            case 0 -> descent(window.descent().model(), steps);
            case 1 -> network(window.network().model(), steps);
            default -> regression(window.regression().model(), steps);
        };
    }

    private static Worksheet descent(DescentModel model, int steps) {
        return DescentWorksheet.of(model.functionProperty().get().source(), model.functionProperty().get().evaluator(),
                model.optimizerProperty().get(), model.startWProperty().get(), model.learningRateProperty().get(), steps);
    }

    private static Worksheet network(NetworkModel model, int steps) {
        NetworkParameters start = new NetworkParameters(model.startProperty(NetworkParameters.W1).get(),
                model.startProperty(NetworkParameters.B1).get(), model.startProperty(NetworkParameters.W2).get(),
                model.startProperty(NetworkParameters.B2).get());
        return NetworkWorksheet.of(model.dataProperty().get().data(), model.costProperty().get(),
                model.optimizerProperty().get(), start, model.learningRateProperty().get(), steps);
    }

    private static Worksheet regression(RegressionModel model, int steps) {
        // The run's own setup: the data as trained (x scaled or not), the batches, the start.
        RegressionSetup setup = model.snapshotProperty().get().setup();
        return RegressionWorksheet.of(setup.problem(), setup.optimizer(), setup.startW0(), setup.startW1(),
                model.learningRateProperty().get(), steps, setup.scaled());
    }
}
