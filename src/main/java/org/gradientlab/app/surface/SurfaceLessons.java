package org.gradientlab.app.surface;

import org.gradientlab.engine.expr.SurfaceExpression;
import org.gradientlab.io.lesson.LessonChecks;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;
import org.gradientlab.io.lesson.SurfaceLesson;

/** The Surface lesson to and from a lesson file. */
public final class SurfaceLessons {

    private SurfaceLessons() {
    }

    /** The lesson's settings now: function, start, noise, seed, rate, optimizer and speed. */
    public static LessonFile export(SurfaceModel model) {
        return new LessonFile(model.session().learningRateProperty().get(), model.session().speedProperty().get(),
                model.session().optimizerProperty().get(),
                new SurfaceLesson(model.functionProperty().get().source(), model.startW1Property().get(),
                        model.startW2Property().get(), model.noiseProperty().get(), model.seedProperty().get()));
    }

    /** Takes the file's settings and restarts; a lesson that is not a usable surface one changes nothing. */
    public static void apply(SurfaceModel model, LessonFile lesson) throws LessonFileException {
        if (!(lesson.settings() instanceof SurfaceLesson surface)) {
            throw new LessonFileException("this is a " + lesson.lesson() + " lesson, not a surface one");
        }
        LessonChecks.check(lesson);
        SurfaceExpression function = LessonChecks.parseSurfaceFunction(surface.function());
        model.load(function, surface.startW1(), surface.startW2(), surface.noise(), surface.seed(),
                lesson.learningRate(), lesson.optimizer(), lesson.speed());
    }
}
