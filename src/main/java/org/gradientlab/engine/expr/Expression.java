package org.gradientlab.engine.expr;

import org.gradientlab.engine.DifferentiableFunction;

/**
 * A parsed f(w) of SPEC section 1, immutable and thread-safe, with its exact derivative.
 * SKELETON: to be implemented (parser, compiled fast form with automatic differentiation).
 */
public final class Expression {

    private final String source;

    private Expression(String source) {
        this.source = source;
    }

    /** Parses a typed f(w); bad input is answered with the problem and its 1-based column. */
    public static Expression parse(String source) throws ExpressionException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The text as typed. */
    public String source() {
        return source;
    }

    /** f(w). Thread-safe; allocates, so use {@link #evaluator()} in loops. */
    public double value(double w) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** f'(w), exact. Thread-safe; allocates, so use {@link #evaluator()} in loops. */
    public double derivative(double w) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** A new allocation-free evaluator of f and f' in one pass, for one thread. */
    public DifferentiableFunction evaluator() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public String toString() {
        return source;
    }
}
