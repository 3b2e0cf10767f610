package org.gradientlab.engine.network;

import java.util.List;

/**
 * The four parameters of the two-node network, SPEC section 3. Wherever they sit in an array
 * (parameters, gradients, optimizer state), the order is w1, b1, w2, b2.
 *
 * @param w1 the weight into the hidden node
 * @param b1 the hidden node's bias
 * @param w2 the weight into the output node
 * @param b2 the output node's bias
 */
public record NetworkParameters(double w1, double b1, double w2, double b2) {

    /** Index of w1 in parameter and gradient arrays. */
    public static final int W1 = 0;
    /** Index of b1. */
    public static final int B1 = 1;
    /** Index of w2. */
    public static final int W2 = 2;
    /** Index of b2. */
    public static final int B2 = 3;
    /** How many parameters there are. */
    public static final int COUNT = 4;
    /** Their names, in array order. */
    public static final List<String> NAMES = List.of("w1", "b1", "w2", "b2");

    /** The parameters read from an array in the order w1, b1, w2, b2. */
    public static NetworkParameters of(double[] params) {
        return new NetworkParameters(params[W1], params[B1], params[W2], params[B2]);
    }

    /** A new array w1, b1, w2, b2. */
    public double[] toArray() {
        double[] params = new double[COUNT];
        params[W1] = w1;
        params[B1] = b1;
        params[W2] = w2;
        params[B2] = b2;
        return params;
    }

    /** True when all four are finite. */
    public boolean isFinite() {
        return Double.isFinite(w1) && Double.isFinite(b1) && Double.isFinite(w2) && Double.isFinite(b2);
    }
}
