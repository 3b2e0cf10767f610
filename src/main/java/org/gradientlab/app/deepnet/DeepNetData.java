package org.gradientlab.app.deepnet;

import java.util.List;
import org.gradientlab.engine.mlp.MlpPresets;
import org.gradientlab.engine.mlp.TrainingSet;

/**
 * A data set the Deep network lesson trains on, with its name; a preset may also suggest the
 * layers that show its point (the chain of one-node layers). Immutable.
 *
 * @param name      what the menu shows: "xor", "spiral", "points.csv (40 pairs)"
 * @param set       the pairs, one or two inputs each
 * @param suggested the hidden layers the preset sets up, or null to keep the layers chosen
 */
public record DeepNetData(String name, TrainingSet set, int[] suggested) {

    /** The seed the built-in two-input sets are drawn from (SPEC section 4b). */
    public static final long PRESET_SEED = 1;

    /** xor: the classic set no straight line separates. */
    public static final DeepNetData XOR = new DeepNetData("xor", MlpPresets.xor(PRESET_SEED), null);
    /** A disc of one class inside the other. */
    public static final DeepNetData CIRCLE = new DeepNetData("circle", MlpPresets.circle(PRESET_SEED), null);
    /** Two Gaussian blobs: nearly separable by a line. */
    public static final DeepNetData GAUSS = new DeepNetData("gauss", MlpPresets.gauss(PRESET_SEED), null);
    /** Two interleaved spiral arms: needs a deeper, wider network. */
    public static final DeepNetData SPIRAL = new DeepNetData("spiral", MlpPresets.spiral(PRESET_SEED), null);
    /** One input: a step from 0 to 1 at x = 0. */
    public static final DeepNetData STEP = new DeepNetData("step (1-D)", MlpPresets.step(), null);
    /** One input: 1 in the middle, 0 outside. */
    public static final DeepNetData BUMP = new DeepNetData("bump (1-D)", MlpPresets.bump(), null);
    /** The step learnt through four one-node sigmoid layers: the gradient vanishes layer by layer. */
    public static final DeepNetData CHAIN = new DeepNetData("chain of 1-node layers (1-D)", MlpPresets.step(),
            new int[] {1, 1, 1, 1});

    /** Every built-in set, in menu order. */
    public static final List<DeepNetData> BUILT_IN = List.of(XOR, CIRCLE, GAUSS, SPIRAL, STEP, BUMP, CHAIN);

    /** Whether the pairs have two inputs (a plane with a boundary) rather than one (a curve). */
    public boolean isPlane() {
        return set.inputCount() == 2;
    }

    /** This data with one more pair, named as edited. */
    public DeepNetData withPoint(double x1, double x2, double y) {
        String edited = name.endsWith(" + points") ? name : name + " + points";
        return new DeepNetData(edited, MlpPresets.withPoint(set, x1, x2, y), null);
    }

    @Override
    public String toString() {
        return name;
    }
}
