package org.gradientlab.io.lesson;

import java.util.Objects;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * The whole state of one lesson as a lesson file holds it: what every lesson shares (the rate, the
 * playback speed, the optimizer) and the settings of the lesson itself. Immutable; {@link LessonChecks}
 * says whether its values are usable, {@link LessonFiles} reads and writes it as JSON.
 *
 * @param learningRate the learning rate, above 0
 * @param speed        steps per second while playing, above 0; infinity for as fast as the engine goes
 * @param optimizer    the optimizer of SPEC section 2 and its hyperparameters
 * @param settings     the lesson's own settings: {@link DescentLesson}, {@link NetworkLesson}, {@link RegressionLesson} or {@link DeepNetworkLesson}
 */
public record LessonFile(double learningRate, double speed, OptimizerSettings optimizer, LessonSettings settings) {

    /** The value of the file's {@code "format"} field. */
    public static final String FORMAT = "gradient-lab-lesson";

    /** The version written, and the only one read: a change of meaning or of a required field raises it. */
    public static final int VERSION = 1;

    /** Both parts are required. */
    public LessonFile {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(settings, "settings");
    }

    /** Which lesson: "descent", "network" or "regression". */
    public String lesson() {
        return settings.lesson();
    }
}
