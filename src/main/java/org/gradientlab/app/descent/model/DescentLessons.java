package org.gradientlab.app.descent.model;

import org.gradientlab.engine.expr.Expression;
import org.gradientlab.io.lesson.DescentLesson;
import org.gradientlab.io.lesson.LessonChecks;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;

/** The Descent lesson to and from a lesson file. */
public final class DescentLessons {

    private DescentLessons() {
    }

    /** The lesson's settings now: its function, start, rate, optimizer and speed. */
    public static LessonFile export(DescentModel model) {
        return new LessonFile(model.session().learningRateProperty().get(), model.session().speedProperty().get(),
                model.session().optimizerProperty().get(),
                new DescentLesson(model.functionProperty().get().source(), model.startWProperty().get()));
    }

    /** Takes the file's settings and restarts; a lesson that is not a usable descent one changes nothing. */
    public static void apply(DescentModel model, LessonFile lesson) throws LessonFileException {
        if (!(lesson.settings() instanceof DescentLesson descent)) {
            throw new LessonFileException("this is a " + lesson.lesson() + " lesson, not a descent one");
        }
        LessonChecks.check(lesson);
        Expression function = LessonChecks.parseFunction(descent.function());
        model.load(function, descent.start(), lesson.learningRate(), lesson.optimizer(), lesson.speed());
    }
}
