package org.gradientlab.engine.network;

/**
 * One row of a network run, SPEC section 5: the state before update {@code step + 1}. With a data
 * set, z1, a1, z2, yhat, delta2 and delta1 are those of the first pair; cost and the gradient are
 * the means over the pairs.
 *
 * @param step   the number of updates made so far
 * @param w1     the weight into the hidden node
 * @param b1     the hidden node's bias
 * @param w2     the weight into the output node
 * @param b2     the output node's bias
 * @param z1     w1*x + b1
 * @param a1     sigmoid(z1)
 * @param z2     w2*a1 + b2
 * @param yhat   sigmoid(z2)
 * @param cost   the mean cost
 * @param delta2 dC/dz2
 * @param delta1 dC/dz1
 * @param gradW1 the mean dC/dw1
 * @param gradB1 the mean dC/db1
 * @param gradW2 the mean dC/dw2
 * @param gradB2 the mean dC/db2
 */
public record NetworkState(long step, double w1, double b1, double w2, double b2, double z1, double a1, double z2,
        double yhat, double cost, double delta2, double delta1, double gradW1, double gradB1, double gradW2,
        double gradB2) {

    /** True when every value is finite. */
    public boolean isFinite() {
        return Double.isFinite(w1) && Double.isFinite(b1) && Double.isFinite(w2) && Double.isFinite(b2)
                && Double.isFinite(z1) && Double.isFinite(a1) && Double.isFinite(z2) && Double.isFinite(yhat)
                && Double.isFinite(cost) && Double.isFinite(delta2) && Double.isFinite(delta1)
                && Double.isFinite(gradW1) && Double.isFinite(gradB1) && Double.isFinite(gradW2)
                && Double.isFinite(gradB2);
    }

    /** The four parameters. */
    public NetworkParameters parameters() {
        return new NetworkParameters(w1, b1, w2, b2);
    }
}
