package org.gradientlab.app.regression.model;

import org.gradientlab.io.lesson.LessonChecks;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;
import org.gradientlab.io.lesson.NamedPoints;
import org.gradientlab.io.lesson.RegressionLesson;

/** The Regression lesson to and from a lesson file. */
public final class RegressionLessons {

    private RegressionLessons() {
    }

    /** The lesson's settings now: data, start, reduction, batch, seed, scaling, rate, optimizer and speed. */
    public static LessonFile export(RegressionModel model) {
        RegressionData data = model.dataProperty().get();
        return new LessonFile(model.session().learningRateProperty().get(), model.session().speedProperty().get(),
                model.session().optimizerProperty().get(), new RegressionLesson(NamedPoints.of(data.source(), data.data()),
                model.startW0Property().get(), model.startW1Property().get(), model.reductionProperty().get(),
                batch(model.batchModeProperty().get()), (long) model.miniBatchSizeProperty().get(),
                (long) model.seedProperty().get(), model.scaleXProperty().get()));
    }

    /** Takes the file's settings and restarts; a lesson that is not a usable regression one changes nothing. */
    public static void apply(RegressionModel model, LessonFile lesson) throws LessonFileException {
        if (!(lesson.settings() instanceof RegressionLesson regression)) {
            throw new LessonFileException("this is a " + lesson.lesson() + " lesson, not a regression one");
        }
        LessonChecks.check(lesson);
        model.session().pause();
        model.setData(new RegressionData(regression.data().name(), regression.data().toDataSet()));
        model.reductionProperty().set(regression.reduction());
        model.batchModeProperty().set(batchMode(regression.batch()));
        model.miniBatchSizeProperty().set(regression.miniBatchSize());
        model.seedProperty().set(regression.seed());
        model.scaleXProperty().set(regression.scaleX());
        model.session().optimizerProperty().set(lesson.optimizer());
        model.session().learningRateProperty().set(lesson.learningRate());
        model.session().speedProperty().set(lesson.speed());
        model.setStart(regression.startW0(), regression.startW1());
    }

    private static RegressionLesson.Batch batch(BatchMode mode) {
        return switch (mode) {
            case ALL -> RegressionLesson.Batch.ALL;
            case MINI_BATCH -> RegressionLesson.Batch.MINI_BATCH;
            case ONE_SAMPLE -> RegressionLesson.Batch.ONE_SAMPLE;
        };
    }

    private static BatchMode batchMode(RegressionLesson.Batch batch) {
        return switch (batch) {
            case ALL -> BatchMode.ALL;
            case MINI_BATCH -> BatchMode.MINI_BATCH;
            case ONE_SAMPLE -> BatchMode.ONE_SAMPLE;
        };
    }
}
