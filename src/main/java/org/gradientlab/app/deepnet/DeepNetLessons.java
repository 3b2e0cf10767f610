package org.gradientlab.app.deepnet;

import java.util.Arrays;
import org.gradientlab.io.lesson.DeepNetworkLesson;
import org.gradientlab.io.lesson.LessonChecks;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;

/** The Deep network lesson to and from a lesson file. */
public final class DeepNetLessons {

    private DeepNetLessons() {
    }

    /** The lesson's settings now: layers, activation, cost, L2, seed, data, rate, optimizer and speed. */
    public static LessonFile export(DeepNetModel model) {
        DeepNetSetup setup = model.setup();
        return new LessonFile(model.session().learningRateProperty().get(), model.session().speedProperty().get(),
                model.session().optimizerProperty().get(), new DeepNetworkLesson(setup.hidden(), setup.activation(),
                setup.cost(), setup.l2(), setup.seed(), setup.data().name(), setup.data().set()));
    }

    /** Takes the file's settings and restarts once; a lesson that is not a usable deep network one changes nothing. */
    public static void apply(DeepNetModel model, LessonFile lesson) throws LessonFileException {
        if (!(lesson.settings() instanceof DeepNetworkLesson deep)) {
            throw new LessonFileException("this is a " + lesson.lesson() + " lesson, not a deep network one");
        }
        LessonChecks.check(lesson);
        model.session().pause();
        model.change(() -> {
            model.hiddenProperty().set(deep.layers());
            model.activationProperty().set(deep.activation());
            model.costProperty().set(deep.cost());
            model.l2Property().set(deep.l2());
            model.seedProperty().set(deep.seed());
            model.dataProperty().set(builtInOr(deep));
            model.session().optimizerProperty().set(lesson.optimizer());
            model.session().learningRateProperty().set(lesson.learningRate());
            model.session().speedProperty().set(lesson.speed());
        });
    }

    /** A built-in set with the same name and pairs is that set, so the menu shows it chosen. */
    private static DeepNetData builtInOr(DeepNetworkLesson deep) {
        for (DeepNetData builtIn : DeepNetData.BUILT_IN) {
            if (builtIn.name().equals(deep.dataName()) && builtIn.set().inputCount() == deep.data().inputCount()
                    && Arrays.equals(builtIn.set().inputs(), deep.data().inputs())
                    && Arrays.equals(builtIn.set().targets(), deep.data().targets())) {
                return builtIn;
            }
        }
        return new DeepNetData(deep.dataName(), deep.data(), null);
    }
}
