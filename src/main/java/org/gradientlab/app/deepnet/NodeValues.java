package org.gradientlab.app.deepnet;

/**
 * z, a and delta of every node for one pair (the first), layer by layer: index 0 is the input
 * layer (a only), the last the output. Immutable by convention.
 *
 * @param z     z[l][i], l = 1..L
 * @param a     a[l][i], l = 0..L
 * @param delta dC/dz[l][i], l = 1..L
 * @param x     the pair's inputs
 * @param y     the pair's target
 */
public record NodeValues(double[][] z, double[][] a, double[][] delta, double[] x, double y) {
}
