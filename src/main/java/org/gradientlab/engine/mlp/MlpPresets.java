package org.gradientlab.engine.mlp;

import org.gradientlab.engine.Lcg48Random;

/**
 * The Deep Network lesson's built-in data sets, each drawn from one {@code java.util.Random(seed)}
 * (SPEC section 4b: u = nextDouble(), z = (u1 + ... + u12) - 6), point by point in the order
 * written here, so every language can make the same points. Pure.
 */
public final class MlpPresets {

    /** Points in each two-input set (the spiral has twice as many). */
    public static final int POINTS = 100;
    /** Points of the one-input sets, evenly spaced on [-1, 1]. */
    public static final int LINE_POINTS = 21;

    private MlpPresets() {
    }

    /** xor: x1 = 2u - 1, then x2 = 2u - 1; y = 1 when x1 and x2 have different signs. */
    public static TrainingSet xor(long seed) {
        Lcg48Random random = new Lcg48Random(seed);
        double[] inputs = new double[2 * POINTS];
        double[] targets = new double[POINTS];
        for (int p = 0; p < POINTS; p++) {
            double x1 = 2 * random.nextDouble() - 1;
            double x2 = 2 * random.nextDouble() - 1;
            inputs[2 * p] = x1;
            inputs[2 * p + 1] = x2;
            targets[p] = (x1 < 0) != (x2 < 0) ? 1 : 0;
        }
        return new TrainingSet(2, inputs, targets);
    }

    /** circle: x1 = 2u - 1, then x2 = 2u - 1; y = 1 inside the circle x1^2 + x2^2 &lt; 0.5. */
    public static TrainingSet circle(long seed) {
        Lcg48Random random = new Lcg48Random(seed);
        double[] inputs = new double[2 * POINTS];
        double[] targets = new double[POINTS];
        for (int p = 0; p < POINTS; p++) {
            double x1 = 2 * random.nextDouble() - 1;
            double x2 = 2 * random.nextDouble() - 1;
            inputs[2 * p] = x1;
            inputs[2 * p + 1] = x2;
            targets[p] = x1 * x1 + x2 * x2 < 0.5 ? 1 : 0;
        }
        return new TrainingSet(2, inputs, targets);
    }

    /**
     * gauss: two blobs; point p has y = p mod 2 and centre (0.5, 0.5) for y = 1, (-0.5, -0.5) for
     * y = 0; x1 = centre + 0.3*z, then x2 = centre + 0.3*z.
     */
    public static TrainingSet gauss(long seed) {
        Lcg48Random random = new Lcg48Random(seed);
        double[] inputs = new double[2 * POINTS];
        double[] targets = new double[POINTS];
        for (int p = 0; p < POINTS; p++) {
            int y = p % 2;
            double centre = y == 1 ? 0.5 : -0.5;
            inputs[2 * p] = centre + 0.3 * random.nextTwelveUniformNormal();
            inputs[2 * p + 1] = centre + 0.3 * random.nextTwelveUniformNormal();
            targets[p] = y;
        }
        return new TrainingSet(2, inputs, targets);
    }

    /**
     * spiral: two arms of {@link #POINTS} points each; point p has y = p mod 2 and i = p div 2,
     * r = i / POINTS, angle t = 3*pi*r + pi*y; x1 = r*sin(t) + 0.05*z, then x2 = r*cos(t) + 0.05*z.
     */
    public static TrainingSet spiral(long seed) {
        Lcg48Random random = new Lcg48Random(seed);
        int n = 2 * POINTS;
        double[] inputs = new double[2 * n];
        double[] targets = new double[n];
        for (int p = 0; p < n; p++) {
            int y = p % 2;
            double r = (p / 2) / (double) POINTS;
            double t = 3 * Math.PI * r + Math.PI * y;
            inputs[2 * p] = r * Math.sin(t) + 0.05 * random.nextTwelveUniformNormal();
            inputs[2 * p + 1] = r * Math.cos(t) + 0.05 * random.nextTwelveUniformNormal();
            targets[p] = y;
        }
        return new TrainingSet(2, inputs, targets);
    }

    /** step (one input): x_k = -1 + 2k/(LINE_POINTS - 1), y = 1 for x &gt; 0, else 0. No randomness. */
    public static TrainingSet step() {
        double[] x = new double[LINE_POINTS];
        double[] y = new double[LINE_POINTS];
        for (int k = 0; k < LINE_POINTS; k++) {
            x[k] = -1 + 2.0 * k / (LINE_POINTS - 1);
            y[k] = x[k] > 0 ? 1 : 0;
        }
        return TrainingSet.ofOneInput(x, y);
    }

    /** bump (one input): the same x as {@link #step()}, y = 1 for |x| &lt; 0.5, else 0. */
    public static TrainingSet bump() {
        double[] x = new double[LINE_POINTS];
        double[] y = new double[LINE_POINTS];
        for (int k = 0; k < LINE_POINTS; k++) {
            x[k] = -1 + 2.0 * k / (LINE_POINTS - 1);
            y[k] = Math.abs(x[k]) < 0.5 ? 1 : 0;
        }
        return TrainingSet.ofOneInput(x, y);
    }

    /** The set with one more pair: (x1) or (x1, x2) and its target. */
    public static TrainingSet withPoint(TrainingSet data, double x1, double x2, double y) {
        int inputs = data.inputCount();
        double[] in = java.util.Arrays.copyOf(data.inputs(), data.inputs().length + inputs);
        double[] targets = java.util.Arrays.copyOf(data.targets(), data.size() + 1);
        in[data.size() * inputs] = x1;
        if (inputs == 2) {
            in[data.size() * inputs + 1] = x2;
        }
        targets[data.size()] = y;
        return new TrainingSet(inputs, in, targets);
    }
}
