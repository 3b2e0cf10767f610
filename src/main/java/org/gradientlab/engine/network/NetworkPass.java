package org.gradientlab.engine.network;

/**
 * One pair's forward and backward pass through the two-node network, SPEC section 3: every
 * number the Network lesson writes on its nodes and in its chain rule.
 *
 * @param x      the input
 * @param y      the target
 * @param z1     w1*x + b1
 * @param a1     sigmoid(z1)
 * @param z2     w2*a1 + b2
 * @param yhat   sigmoid(z2)
 * @param cost   C of this pair
 * @param delta2 dC/dz2
 * @param delta1 dC/dz1
 * @param gradW1 dC/dw1
 * @param gradB1 dC/db1
 * @param gradW2 dC/dw2
 * @param gradB2 dC/db2
 */
public record NetworkPass(double x, double y, double z1, double a1, double z2, double yhat, double cost,
        double delta2, double delta1, double gradW1, double gradB1, double gradW2, double gradB2) {
}
