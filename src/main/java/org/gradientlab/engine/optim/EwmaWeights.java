package org.gradientlab.engine.optim;

/**
 * The weights an exponentially weighted moving average gives to past values, for showing
 * momentum (SPEC section 2: v &lt;- beta*v + (1-beta)*g) as an average of past gradients.
 * Unrolled from v_0 = 0, v_t = sum over k of (1-beta)*beta^k * g_{t-k}: the gradient k updates
 * ago has weight (1-beta)*beta^k, and the weights of the newest t gradients add up to 1-beta^t,
 * which is what Adam's bias correction m/(1-beta1^t) divides by.
 */
public final class EwmaWeights {

    private EwmaWeights() {
    }

    /**
     * The weights (1-beta)*beta^k for k = 0..maxLag; they sum to 1 - beta^(maxLag+1).
     *
     * @param beta   the EWMA factor, in [0, 1)
     * @param maxLag the oldest lag shown, at least 0
     * @return maxLag + 1 weights, newest gradient (k = 0) first
     */
    public static double[] weights(double beta, int maxLag) {
        checkBeta(beta);
        if (maxLag < 0) {
            throw new IllegalArgumentException("maxLag must be at least 0, was " + maxLag);
        }
        double[] weights = new double[maxLag + 1];
        // Multiplying up rather than Math.pow per lag: one rounding per step, and the sum stays exact to ulps.
        double power = 1;
        for (int k = 0; k <= maxLag; k++) {
            weights[k] = (1 - beta) * power;
            power *= beta;
        }
        return weights;
    }

    /**
     * The effective window 1/(1-beta): about how many recent gradients the average remembers
     * (the weights of a window this long add up to roughly 1 - 1/e).
     *
     * @param beta the EWMA factor, in [0, 1)
     * @return 1/(1-beta), 1 for beta = 0
     */
    public static double effectiveWindow(double beta) {
        checkBeta(beta);
        return 1 / (1 - beta);
    }

    private static void checkBeta(double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("beta must be in [0, 1), was " + beta);
        }
    }
}
