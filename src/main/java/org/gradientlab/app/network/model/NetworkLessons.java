package org.gradientlab.app.network.model;

import java.util.Arrays;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.io.lesson.LessonChecks;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;
import org.gradientlab.io.lesson.NamedPoints;
import org.gradientlab.io.lesson.NetworkLesson;

/** The Network lesson to and from a lesson file. */
public final class NetworkLessons {

    private NetworkLessons() {
    }

    /** The lesson's settings now: data, cost, start, rate, optimizer and speed. */
    public static LessonFile export(NetworkModel model) {
        double[] start = new double[NetworkParameters.COUNT];
        for (int i = 0; i < start.length; i++) {
            start[i] = model.startProperty(i).get();
        }
        NetworkData data = model.dataProperty().get();
        NamedPoints dataSet = data.isSingle() ? null : NamedPoints.of(data.name(), data.data());
        return new LessonFile(model.session().learningRateProperty().get(), model.session().speedProperty().get(),
                model.session().optimizerProperty().get(), new NetworkLesson(model.costProperty().get(),
                NetworkParameters.of(start), model.xProperty().get(), model.yProperty().get(), dataSet));
    }

    /** Takes the file's settings and restarts; a lesson that is not a usable network one changes nothing. */
    public static void apply(NetworkModel model, LessonFile lesson) throws LessonFileException {
        if (!(lesson.settings() instanceof NetworkLesson network)) {
            throw new LessonFileException("this is a " + lesson.lesson() + " lesson, not a network one");
        }
        LessonChecks.check(lesson);
        model.session().pause();
        model.xProperty().set(network.pairX());
        model.yProperty().set(network.pairY());
        double[] start = network.start().toArray();
        for (int i = 0; i < start.length; i++) {
            model.startProperty(i).set(start[i]);
        }
        model.costProperty().set(network.cost());
        model.session().optimizerProperty().set(lesson.optimizer());
        model.session().learningRateProperty().set(lesson.learningRate());
        model.session().speedProperty().set(lesson.speed());
        model.dataProperty().set(network.usesPair() ? NetworkData.single(network.pairX(), network.pairY())
                : builtInOr(network.dataSet()));
        model.session().reset();
    }

    /** A built-in set with the same name and pairs is that set, so the lesson's menu shows it chosen. */
    private static NetworkData builtInOr(NamedPoints points) {
        for (NetworkData builtIn : NetworkData.BUILT_IN) {
            if (builtIn.name().equals(points.name()) && Arrays.equals(builtIn.data().x(), points.x())
                    && Arrays.equals(builtIn.data().y(), points.y())) {
                return builtIn;
            }
        }
        return new NetworkData(points.name(), points.toDataSet());
    }
}
