package org.gradientlab.engine.optim;

/** AdaGrad, SPEC section 2: s &lt;- s + g^2; w &lt;- w - lr*g/(sqrt(s)+eps). State per parameter: s. */
public record AdaGrad(double eps) implements Optimizer {

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.ADAGRAD;
    }

    @Override
    public void update(double[] params, double[] gradients, double learningRate, double[] state, long t) {
        for (int p = 0; p < params.length; p++) {
            double g = gradients[p];
            state[p] = state[p] + g * g;
            params[p] = params[p] - learningRate * g / (Math.sqrt(state[p]) + eps);
        }
    }
}
