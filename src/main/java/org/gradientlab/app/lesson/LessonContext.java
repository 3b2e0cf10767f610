package org.gradientlab.app.lesson;

import java.util.Objects;
import org.gradientlab.app.runner.RunnerFactory;

/**
 * What the window hands a lesson it builds.
 *
 * @param runners starts the lesson's training runner and its background tasks (tests pass
 *                {@link RunnerFactory#synchronous()})
 */
public record LessonContext(RunnerFactory runners) {

    /** Checks the parts. */
    public LessonContext {
        Objects.requireNonNull(runners, "runners");
    }
}
