package org.gradientlab.engine.optim;

/**
 * One update rule of SPEC section 2, for one parameter or many. An optimizer holds only its
 * hyperparameters; the state (v, s, m) lives in an array the caller owns, so a run can copy it
 * into its history and restore it on step back.
 */
public interface Optimizer {

    /** Which optimizer of SPEC section 2 this is. */
    OptimizerKind kind();

    /** The name used on the command line: gd, momentum, rmsprop, adam or adagrad. */
    default String name() {
        return kind().cliName();
    }

    /** How many state values each parameter keeps (0 for gd, 1 for momentum, rmsprop and adagrad, 2 for adam). */
    default int stateSize() {
        return kind().stateSize();
    }

    /**
     * One simultaneous update of every parameter.
     *
     * @param params       the parameters, updated in place
     * @param gradients    the gradient at the current params, one per parameter
     * @param learningRate lr
     * @param state        params.length * stateSize() values, all 0 before the first update;
     *                     parameter p keeps its values at [p * stateSize(), (p + 1) * stateSize())
     * @param t            the step counter, 1 for the first update
     */
    void update(double[] params, double[] gradients, double learningRate, double[] state, long t);
}
