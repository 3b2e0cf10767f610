package org.gradientlab.app.surface;

import java.util.List;

/**
 * A ready-made f(w1, w2) that shows one idea, with a start, a rate and a view that suit it.
 *
 * @param name         what the chooser says
 * @param function     f(w1, w2) in the language of SPEC sections 1 and 6
 * @param w1           the start w1
 * @param w2           the start w2
 * @param learningRate the rate to start with
 * @param view         the box shown: w1 from, w1 to, w2 from, w2 to
 * @param lesson       one sentence on what to watch
 */
public record SurfacePreset(String name, String function, double w1, double w2, double learningRate, double[] view,
                            String lesson) {

    /** Every preset, in the chooser's order. */
    public static final List<SurfacePreset> ALL = List.of(
            new SurfacePreset("Elongated bowl", "w1^2 + 10*w2^2", -4, 2, 0.09, new double[] {-5, 5, -3, 3},
                    "A bowl ten times steeper across than along: at a rate near the limit set by the steep side, "
                            + "the path zigzags across the valley and crawls along it. Try momentum or Adam."),
            new SurfacePreset("Rosenbrock", "(1 - w1)^2 + 100*(w2 - w1^2)^2", -1.2, 1, 0.001,
                    new double[] {-2, 2, -1, 3},
                    "A curved, narrow valley with its minimum at (1, 1): descent falls into the valley fast, then "
                            + "creeps along its floor. Adam at rate 0.05 follows the bend much sooner."),
            new SurfacePreset("Saddle", "w1^2 + 0.25*w2^4 - w2^2", -2.5, 0.001, 0.1, new double[] {-3, 3, -2.5, 2.5},
                    "(0, 0) is a saddle: downhill along w1, uphill along w2. Started almost on the ridge, the run "
                            + "slows to a near stop at the saddle before a tiny offset grows and it falls to a minimum."),
            new SurfacePreset("Himmelblau", "(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2", 0, 0, 0.01,
                    new double[] {-5, 5, -5, 5},
                    "Four minima of the same height: click the map to start elsewhere and see which one you reach."),
            new SurfacePreset("Plateau", "1 - exp(-(w1^2 + w2^2)/2)", 3.2, 2.8, 0.5, new double[] {-4.5, 4.5, -4.5, 4.5},
                    "Far from the centre the surface is almost flat: the gradient is tiny, so steps are tiny. Plain "
                            + "descent crawls for about a thousand steps; Adam at rate 0.05 divides the tiny gradient "
                            + "away and is off the plateau in about forty."));

    /** The preset with this function, if any. */
    public static SurfacePreset withFunction(String function) {
        return ALL.stream().filter(p -> p.function().equals(function)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return name;
    }
}
