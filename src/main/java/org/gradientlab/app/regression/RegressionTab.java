package org.gradientlab.app.regression;

import java.util.List;
import java.util.Optional;
import org.gradientlab.app.lesson.ControlledLesson;
import org.gradientlab.app.lesson.Explanation;
import org.gradientlab.app.lesson.LessonContext;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.regression.model.BatchMode;
import org.gradientlab.app.regression.model.RegressionLessons;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.regression.model.RegressionSetup;
import org.gradientlab.app.regression.model.RegressionSnapshot;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.LinearDataGenerator;
import org.gradientlab.io.export.RegressionWorksheet;
import org.gradientlab.io.export.Worksheet;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;

/** The Regression lesson as the window sees it: its controller, its explanation, files and worksheet. */
public final class RegressionTab extends ControlledLesson<RegressionSnapshot> {

    /** What the lesson shows, what to try and why. */
    static final Explanation EXPLANATION = new Explanation("regression",
            "About this lesson: fitting a line by gradient descent",
            "The dots are the data and the line h(x) = w0 + w1·x is the model's guess. On the map, every place is "
                    + "one choice of (w0, w1), shaded by how bad that line would be (the loss); the path shows "
                    + "where descent has been.",
            "Click to add points, drag them, right-click to remove them, and watch the bowl move. Switch the "
                    + "reduction from sum to mean. Turn Scale x on: the long narrow valley becomes a round bowl "
                    + "and descent goes straight down it.",
            "Batch gradient descent asks every point which way to move the line, adds up the answers, and takes "
                    + "one step. With sum, twice the data means steps twice as big, so a rate that worked can blow "
                    + "up; mean divides by the number of points, so the rate means the same for any amount of "
                    + "data. Unscaled x makes the valley narrow: the steps zigzag across it and creep along it.");

    private final RegressionController controller;

    /** Builds the lesson: model, view, controller (FX thread). */
    public RegressionTab(LessonContext context) {
        this(RegressionController.create(new RegressionModel(context.runners())));
    }

    private RegressionTab(RegressionController controller) {
        super(LessonId.REGRESSION, EXPLANATION, controller.view(), controller.model().session(), controller::handleKey,
                controller::close);
        this.controller = controller;
    }

    /** The lesson's controller (its model and view). */
    public RegressionController controller() {
        return controller;
    }

    @Override
    public LessonFile export() {
        return RegressionLessons.export(controller.model());
    }

    @Override
    public void apply(LessonFile file) throws LessonFileException {
        RegressionLessons.apply(controller.model(), file);
    }

    /** The run's own setup: the data as trained (x scaled or not), the batches, the start. */
    @Override
    public Optional<Worksheet> worksheet(int steps) {
        RegressionSetup setup = session().snapshot().setup();
        return Optional.of(RegressionWorksheet.of(setup.problem(), setup.optimizer(), setup.startW0(),
                setup.startW1(), session().learningRateProperty().get(), steps, setup.scaled()));
    }

    /**
     * A tiny rate keeps full-batch descent moving, so it does not stop as settled: at 1e-7 it
     * settled after about 48 million steps, inside the measurement.
     */
    @Override
    public void prepareForProbe() {
        session().learningRateProperty().set(1e-8);
    }

    @Override
    public Optional<List<String>> probeCommand() {
        RegressionModel model = controller.model();
        if (!session().optimizerProperty().get().equals(OptimizerSettings.DEFAULT)
                || !model.generator().generator().equals(LinearDataGenerator.DEFAULT)
                || !model.dataProperty().get().source().startsWith("generated")
                || model.batchModeProperty().get() != BatchMode.ALL || model.scaleXProperty().get()) {
            return Optional.empty();
        }
        return Optional.of(List.of("regression", "--generate", String.valueOf(model.generator().count()),
                "--seed", String.valueOf(model.generator().seed()), "--reduction", model.reductionProperty().get().label(),
                "--w0", String.valueOf(model.startW0Property().get()), "--w1", String.valueOf(model.startW1Property().get()),
                "--lr", String.valueOf(session().learningRateProperty().get())));
    }
}
