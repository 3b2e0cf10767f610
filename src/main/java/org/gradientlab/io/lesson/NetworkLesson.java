package org.gradientlab.io.lesson;

import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkParameters;

/**
 * The Network lesson's own settings. The single pair is kept even while a data set is trained on,
 * because the lesson keeps its fields.
 *
 * @param cost    the cost of SPEC section 3
 * @param start   the starting w1, b1, w2, b2
 * @param pairX   the single pair's x
 * @param pairY   the single pair's target y
 * @param dataSet the named data set trained on, or null for the single pair
 */
public record NetworkLesson(Cost cost, NetworkParameters start, double pairX, double pairY, NamedPoints dataSet)
        implements LessonSettings {

    /** The lesson's name in a file. */
    public static final String NAME = "network";

    @Override
    public String lesson() {
        return NAME;
    }

    /** True when the lesson trains on its single pair. */
    public boolean usesPair() {
        return dataSet == null;
    }
}
