package org.gradientlab.engine.optim;

/** RMSprop, SPEC section 2: s &lt;- rho*s + (1-rho)*g^2; w &lt;- w - lr*g/(sqrt(s)+eps). */
public record RmsProp(double rho, double eps) implements Optimizer {

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.RMSPROP;
    }

    @Override
    public void update(double[] params, double[] gradients, double learningRate, double[] state, long t) {
        for (int p = 0; p < params.length; p++) {
            double g = gradients[p];
            state[p] = rho * state[p] + (1 - rho) * (g * g);
            params[p] = params[p] - learningRate * g / (Math.sqrt(state[p]) + eps);
        }
    }
}
