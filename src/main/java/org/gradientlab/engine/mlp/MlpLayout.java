package org.gradientlab.engine.mlp;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.Lcg48Random;

/**
 * The layers of a multi-layer network, SPEC section 7: n_0 inputs (1 or 2), hidden layers of 1 to
 * {@link #MAX_NODES} nodes, one output node; and where each parameter sits in the flat parameter
 * vector, which is the order of the {@code mlp} command's columns: layer by layer, W_l row by row
 * (node i of layer l, then node j of layer l-1), then b_l. Immutable.
 */
public final class MlpLayout {

    /** The most nodes a hidden layer may have. */
    public static final int MAX_NODES = 64;

    /** n_0 .. n_L. */
    private final int[] sizes;
    /** Where W_l starts, for l = 1..L (index 0 unused). */
    private final int[] weightStart;
    /** Where b_l starts, for l = 1..L (index 0 unused). */
    private final int[] biasStart;
    private final int parameterCount;

    /**
     * @param inputCount n_0, 1 or 2
     * @param hidden     the hidden layers' sizes n_1 .. n_(L-1), each from 1 to {@link #MAX_NODES}; may be empty
     */
    public MlpLayout(int inputCount, int... hidden) {
        if (inputCount != 1 && inputCount != 2) {
            throw new IllegalArgumentException("1 or 2 inputs, not " + inputCount);
        }
        sizes = new int[hidden.length + 2];
        sizes[0] = inputCount;
        for (int l = 0; l < hidden.length; l++) {
            if (hidden[l] < 1 || hidden[l] > MAX_NODES) {
                throw new IllegalArgumentException("a hidden layer has 1 to " + MAX_NODES + " nodes, not " + hidden[l]);
            }
            sizes[l + 1] = hidden[l];
        }
        sizes[sizes.length - 1] = 1;
        weightStart = new int[sizes.length];
        biasStart = new int[sizes.length];
        int next = 0;
        for (int l = 1; l < sizes.length; l++) {
            weightStart[l] = next;
            biasStart[l] = next + sizes[l] * sizes[l - 1];
            next = biasStart[l] + sizes[l];
        }
        parameterCount = next;
    }

    /** L, the number of layers after the input (hidden layers and the output). */
    public int layerCount() {
        return sizes.length - 1;
    }

    /** n_l, for l = 0..L. */
    public int size(int layer) {
        return sizes[layer];
    }

    /** The index of W_l[0][0]; W_l[i][j] is at weightStart(l) + i*n_(l-1) + j. */
    public int weightStart(int layer) {
        return weightStart[layer];
    }

    /** The index of b_l[0]. */
    public int biasStart(int layer) {
        return biasStart[layer];
    }

    /** Every weight and bias. */
    public int parameterCount() {
        return parameterCount;
    }

    /** The parameters' names in order, 1-based: w&lt;l&gt;_&lt;i&gt;_&lt;j&gt;, then b&lt;l&gt;_&lt;i&gt;, layer by layer. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(parameterCount);
        for (int l = 1; l < sizes.length; l++) {
            for (int i = 1; i <= sizes[l]; i++) {
                for (int j = 1; j <= sizes[l - 1]; j++) {
                    names.add("w" + l + "_" + i + "_" + j);
                }
            }
            for (int i = 1; i <= sizes[l]; i++) {
                names.add("b" + l + "_" + i);
            }
        }
        return names;
    }

    /**
     * The start of SPEC section 7: biases 0, and every weight w = z*sqrt(1/n_(l-1)), z = (u1 + ... +
     * u12) - 6 from one Random(seed), layer by layer, row by row, column by column.
     */
    public double[] initialParameters(long seed) {
        Lcg48Random random = new Lcg48Random(seed);
        double[] params = new double[parameterCount];
        for (int l = 1; l < sizes.length; l++) {
            double scale = Math.sqrt(1.0 / sizes[l - 1]);
            for (int k = weightStart[l]; k < biasStart[l]; k++) {
                params[k] = random.nextTwelveUniformNormal() * scale;
            }
        }
        return params;
    }
}
