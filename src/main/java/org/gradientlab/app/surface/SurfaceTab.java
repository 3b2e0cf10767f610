package org.gradientlab.app.surface;

import java.util.List;
import java.util.Optional;
import org.gradientlab.app.lesson.ControlledLesson;
import org.gradientlab.app.lesson.Explanation;
import org.gradientlab.app.lesson.LessonContext;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;

/** The Surface lesson as the window sees it: descent on f(w1, w2), its map, its 3-D view and its files. */
public final class SurfaceTab extends ControlledLesson<SurfaceSnapshot> {

    /** What the lesson shows, what to try and why. */
    static final Explanation EXPLANATION = new Explanation("surface", "About this lesson: descent on a surface",
            "The map shows f(w1, w2) from above: each ring is a contour, a line of equal height. The dot is where you are; "
                    + "the arrow is the next step. Beside it the same surface in 3-D (drag to rotate).",
            "Press Step a few times on the elongated bowl, then raise the rate until the path zigzags across the "
                    + "valley. Try Rosenbrock with plain descent and with Adam. Click the map to start elsewhere on "
                    + "Himmelblau; add noise to see stochastic descent wander.",
            "The gradient (g1, g2) points uphill, across the contours; descent steps against it. Where the valley is "
                    + "steep across and flat along, a rate big enough to make progress along it overshoots across it.");

    private final SurfaceController controller;

    /** Builds the lesson: model, view, controller (FX thread). */
    public SurfaceTab(LessonContext context) {
        this(SurfaceController.create(new SurfaceModel(context.runners())));
    }

    private SurfaceTab(SurfaceController controller) {
        super(LessonId.SURFACE, EXPLANATION, controller.view(), controller.model().session(), controller::handleKey,
                controller::close);
        this.controller = controller;
    }

    /** The lesson's model (tests). */
    public SurfaceModel model() {
        return controller.model();
    }

    @Override
    public LessonFile export() {
        return SurfaceLessons.export(controller.model());
    }

    @Override
    public void apply(LessonFile file) throws LessonFileException {
        SurfaceLessons.apply(controller.model(), file);
    }

    /** The probe's setup as the {@code surface} command (plain descent without noise only). */
    @Override
    public Optional<List<String>> probeCommand() {
        SurfaceModel model = controller.model();
        if (!session().optimizerProperty().get().equals(OptimizerSettings.DEFAULT) || model.noiseProperty().get() != 0) {
            return Optional.empty();
        }
        return Optional.of(List.of("surface", "--f", model.functionProperty().get().source(),
                "--w1", String.valueOf(model.startW1Property().get()), "--w2", String.valueOf(model.startW2Property().get()),
                "--lr", String.valueOf(session().learningRateProperty().get())));
    }

    /** Rosenbrock at a tiny rate: the run keeps going for the whole probe. */
    @Override
    public void prepareForProbe() {
        controller.model().applyPreset(SurfacePreset.ALL.get(1));
        session().learningRateProperty().set(1e-7);
    }
}
