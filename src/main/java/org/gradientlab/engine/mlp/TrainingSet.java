package org.gradientlab.engine.mlp;

/**
 * The pairs a multi-layer network trains on (SPEC section 7): inputs of one or two numbers and a
 * target in [0, 1] each. The arrays are owned by the set: callers must not change them, so a set
 * can cross threads.
 *
 * @param inputCount n_0, the inputs per pair (1 or 2)
 * @param inputs     the inputs pair by pair: pair p's input j at {@code p * inputCount + j}
 * @param targets    the targets y, one per pair
 */
public record TrainingSet(int inputCount, double[] inputs, double[] targets) {

    /** Checks the sizes: 1 or 2 inputs per pair, at least one pair, one target per pair. */
    public TrainingSet {
        if (inputCount != 1 && inputCount != 2) {
            throw new IllegalArgumentException("1 or 2 inputs per pair, not " + inputCount);
        }
        if (targets.length == 0) {
            throw new IllegalArgumentException("a training set needs at least one pair");
        }
        if (inputs.length != targets.length * inputCount) {
            throw new IllegalArgumentException(inputs.length + " inputs for " + targets.length + " pairs of "
                    + inputCount);
        }
    }

    /** The number of pairs. */
    public int size() {
        return targets.length;
    }

    /** One input per pair. */
    public static TrainingSet ofOneInput(double[] x, double[] y) {
        return new TrainingSet(1, x, y);
    }
}
