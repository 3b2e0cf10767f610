package org.gradientlab.engine;

/**
 * A function of one variable with its exact derivative, evaluated in one pass.
 * Implementations keep scratch space, so one instance serves one thread.
 */
public interface DifferentiableFunction {

    /** Evaluates f(w) and f'(w); read them back with {@link #value()} and {@link #derivative()}. */
    void evaluate(double w);

    /** f at the last evaluated w. */
    double value();

    /** df/dw at the last evaluated w. */
    double derivative();
}
