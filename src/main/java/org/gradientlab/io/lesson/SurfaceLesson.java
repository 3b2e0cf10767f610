package org.gradientlab.io.lesson;

/**
 * The Surface lesson's own settings.
 *
 * @param function f(w1, w2) as typed, in the language of SPEC sections 1 and 6
 * @param startW1  the start w1
 * @param startW2  the start w2
 * @param noise    the gradient noise S of SPEC section 6, at least 0
 * @param seed     the noise generator's seed
 */
public record SurfaceLesson(String function, double startW1, double startW2, double noise, long seed)
        implements LessonSettings {

    /** The lesson's name in a file. */
    public static final String NAME = "surface";

    @Override
    public String lesson() {
        return NAME;
    }
}
