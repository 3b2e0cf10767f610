package org.gradientlab.engine.optim;

/**
 * Adam, SPEC section 2: m &lt;- beta1*m + (1-beta1)*g; s &lt;- beta2*s + (1-beta2)*g^2;
 * w &lt;- w - lr*(m/(1-beta1^t)) / (sqrt(s/(1-beta2^t))+eps). State per parameter: m, then s.
 */
public record Adam(double beta1, double beta2, double eps) implements Optimizer {

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.ADAM;
    }

    @Override
    public void update(double[] params, double[] gradients, double learningRate, double[] state, long t) {
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int p = 0; p < params.length; p++) {
            double g = gradients[p];
            int m = 2 * p;
            int s = m + 1;
            state[m] = beta1 * state[m] + (1 - beta1) * g;
            state[s] = beta2 * state[s] + (1 - beta2) * (g * g);
            params[p] = params[p] - learningRate * (state[m] / correction1) / (Math.sqrt(state[s] / correction2) + eps);
        }
    }
}
