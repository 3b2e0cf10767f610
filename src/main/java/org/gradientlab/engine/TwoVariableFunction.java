package org.gradientlab.engine;

/**
 * A function of two variables with its exact gradient, evaluated in one call (SPEC section 6).
 * Implementations keep scratch space, so one instance serves one thread.
 */
public interface TwoVariableFunction {

    /** Evaluates f(w1, w2) and both partials; read them back with the accessors. */
    void evaluate(double w1, double w2);

    /** f at the last evaluated point. */
    double value();

    /** df/dw1 at the last evaluated point. */
    double partialW1();

    /** df/dw2 at the last evaluated point. */
    double partialW2();
}
