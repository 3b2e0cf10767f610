package org.gradientlab.io.lesson;

import java.util.Arrays;
import java.util.Objects;
import org.gradientlab.engine.mlp.Activation;
import org.gradientlab.engine.mlp.TrainingSet;
import org.gradientlab.engine.network.Cost;

/**
 * The Deep network lesson's own settings (SPEC section 7). Equal when every value and point is.
 *
 * @param layers     the hidden layers' widths, 1 to 4 layers of 1 to 8 nodes
 * @param activation the hidden layers' activation
 * @param cost       mse or xent
 * @param l2         lambda, from 0 to 10
 * @param seed       the seed of the starting weights
 * @param dataName   what the data is ("xor", "points.csv (40 pairs)")
 * @param data       the pairs, one or two inputs each, y from 0 to 1
 */
public record DeepNetworkLesson(int[] layers, Activation activation, Cost cost, double l2, long seed, String dataName,
                                TrainingSet data) implements LessonSettings {

    /** The lesson's name in a file. */
    public static final String NAME = "deep_network";
    /** The most hidden layers. */
    public static final int MAX_LAYERS = 4;
    /** The most nodes in a hidden layer. */
    public static final int MAX_WIDTH = 8;
    /** The largest L2 factor. */
    public static final double MAX_L2 = 10;

    /** Copies the widths; the parts are required. */
    public DeepNetworkLesson {
        layers = layers.clone();
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(dataName, "dataName");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public int[] layers() {
        return layers.clone();
    }

    @Override
    public String lesson() {
        return NAME;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeepNetworkLesson that && Arrays.equals(layers, that.layers)
                && activation == that.activation && cost == that.cost && Double.compare(l2, that.l2) == 0
                && seed == that.seed && dataName.equals(that.dataName) && data.inputCount() == that.data.inputCount()
                && Arrays.equals(data.inputs(), that.data.inputs()) && Arrays.equals(data.targets(), that.data.targets());
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(layers), activation, cost, l2, seed, dataName,
                Arrays.hashCode(data.inputs()), Arrays.hashCode(data.targets()));
    }

    @Override
    public String toString() {
        return "DeepNetworkLesson[layers=" + Arrays.toString(layers) + ", " + activation.label() + ", " + cost.label()
                + ", l2=" + l2 + ", seed=" + seed + ", " + dataName + " (" + data.size() + " pairs)]";
    }
}
