package org.gradientlab.app.descent.model;

import java.util.List;

/**
 * A ready-made function with a start, a rate and a view that shows its lesson.
 *
 * @param name         what the menu says
 * @param function     f(w) in the language of SPEC section 1
 * @param w0           the start
 * @param learningRate a rate that shows the idea
 * @param lower        the left end of the initial view
 * @param upper        the right end of the initial view
 * @param lesson       one sentence on what to watch for
 */
public record Preset(String name, String function, double w0, double learningRate, double lower, double upper,
                     String lesson) {

    /** The presets, the first being the default. */
    public static final List<Preset> ALL = List.of(
            new Preset("Convex bowl", "(w - 1)^2 + 0.5", -2.5, 0.1, -3, 4,
                    "One minimum: from any start, a small enough rate gets there."),
            new Preset("Tilted double well", "w^4 - 3*w^2 + w", 1.6, 0.02, -2.3, 2.3,
                    "Two minima: start right of the hump and plain descent stops in the shallower, local one. Momentum with enough speed (a higher start, a larger rate) can roll over the hump."),
            new Preset("Narrow steep valley", "8*w^2", 0.9, 0.11, -1.2, 1.2,
                    "A steep valley: a rate above 2/16 = 0.125 overshoots further each step."),
            new Preset("Nearly flat plateau", "1 - exp(-w^2)", 2.5, 0.5, -3.5, 3.5,
                    "On the plateau the slope is almost 0, so the steps are tiny: watch them grow on the way down."),
            new Preset("Inflection point", "w^3 + 0.5*w^4", 1.2, 0.05, -2, 1.5,
                    "At w = 0 the slope is 0 but it is no minimum: plain descent crawls to a stop there. Try momentum."));

    /** Presets show their name in menus. */
    @Override
    public String toString() {
        return name;
    }
}
