package org.gradientlab.io.lesson;

/**
 * The Descent lesson's own settings.
 *
 * @param function f(w) as typed, in the language of SPEC section 1
 * @param start    the start w
 */
public record DescentLesson(String function, double start) implements LessonSettings {

    /** The lesson's name in a file. */
    public static final String NAME = "descent";

    @Override
    public String lesson() {
        return NAME;
    }
}
