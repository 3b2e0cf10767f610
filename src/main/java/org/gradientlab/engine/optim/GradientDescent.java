package org.gradientlab.engine.optim;

/** Plain gradient descent, SPEC section 2: w &lt;- w - lr*g. */
public final class GradientDescent implements Optimizer {

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.GD;
    }

    @Override
    public void update(double[] params, double[] gradients, double learningRate, double[] state, long t) {
        for (int p = 0; p < params.length; p++) {
            params[p] = params[p] - learningRate * gradients[p];
        }
    }
}
