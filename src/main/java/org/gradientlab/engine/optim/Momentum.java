package org.gradientlab.engine.optim;

/** Momentum as an EWMA of gradients, SPEC section 2: v &lt;- beta*v + (1-beta)*g; w &lt;- w - lr*v. */
public record Momentum(double beta) implements Optimizer {

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.MOMENTUM;
    }

    @Override
    public void update(double[] params, double[] gradients, double learningRate, double[] state, long t) {
        for (int p = 0; p < params.length; p++) {
            state[p] = beta * state[p] + (1 - beta) * gradients[p];
            params[p] = params[p] - learningRate * state[p];
        }
    }
}
