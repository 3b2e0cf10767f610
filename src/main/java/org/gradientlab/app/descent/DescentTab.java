package org.gradientlab.app.descent;

import java.util.List;
import java.util.Optional;
import org.gradientlab.app.descent.model.DescentLessons;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.descent.model.DescentSnapshot;
import org.gradientlab.app.lesson.ControlledLesson;
import org.gradientlab.app.lesson.Explanation;
import org.gradientlab.app.lesson.LessonContext;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.export.DescentWorksheet;
import org.gradientlab.io.export.Worksheet;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;

/** The Descent lesson as the window sees it: its controller, its explanation, files and worksheet. */
public final class DescentTab extends ControlledLesson<DescentSnapshot> {

    /** What the lesson shows, what to try and why. */
    static final Explanation EXPLANATION = new Explanation("descent", "About this lesson: gradient descent",
            "The curve is f(w), the thing descent tries to make small. The dot is where you are now. The straight "
                    + "line touching the curve there is the tangent; its slope is f′(w). The arrow shows the next step.",
            "Press Step (or Right) a few times. Then drag the learning rate up and watch it overshoot: the steps "
                    + "jump past the bottom, bounce from side to side, and at last fly off. On the double well, "
                    + "click the chart to start somewhere else and see which valley you end up in.",
            "The slope's sign decides the direction: where the slope is positive, downhill is to the left, so w "
                    + "moves left; where it is negative, w moves right. Each step is the learning rate times the "
                    + "slope, so steps are big where the curve is steep and shrink near the bottom, where it is flat.");

    private final DescentController controller;

    /** Builds the lesson: model, view, controller (FX thread). */
    public DescentTab(LessonContext context) {
        this(DescentController.create(new DescentModel(context.runners())));
    }

    private DescentTab(DescentController controller) {
        super(LessonId.DESCENT, EXPLANATION, controller.view(), controller.model().session(), controller::handleKey,
                controller::close);
        this.controller = controller;
    }

    /** The lesson's controller (its model and view). */
    public DescentController controller() {
        return controller;
    }

    @Override
    public LessonFile export() {
        return DescentLessons.export(controller.model());
    }

    @Override
    public void apply(LessonFile file) throws LessonFileException {
        DescentLessons.apply(controller.model(), file);
    }

    @Override
    public Optional<Worksheet> worksheet(int steps) {
        DescentModel model = controller.model();
        return Optional.of(DescentWorksheet.of(model.functionProperty().get().source(),
                model.functionProperty().get().evaluator(), session().optimizerProperty().get(),
                model.startWProperty().get(), session().learningRateProperty().get(), steps));
    }

    /** The bowl at a tiny rate: |f'| stays near 7 for tens of millions of steps. */
    @Override
    public Optional<List<String>> probeCommand() {
        DescentModel model = controller.model();
        if (!session().optimizerProperty().get().equals(OptimizerSettings.DEFAULT)) {
            return Optional.empty();
        }
        return Optional.of(List.of("descent", "--f", model.functionProperty().get().source(),
                "--w0", String.valueOf(model.startWProperty().get()),
                "--lr", String.valueOf(session().learningRateProperty().get())));
    }

    @Override
    public void prepareForProbe() {
        controller.model().applyPreset(controller.model().presets().get(0));
        session().learningRateProperty().set(1e-8);
    }
}
