package org.gradientlab.engine.descent;

import org.gradientlab.engine.DifferentiableFunction;

/** f(w) = w^2, f'(w) = 2w, written by hand so descent tests do not depend on the parser. */
final class WSquared implements DifferentiableFunction {
    private double w;

    @Override
    public void evaluate(double w) {
        this.w = w;
    }

    @Override
    public double value() {
        return w * w;
    }

    @Override
    public double derivative() {
        return 2 * w;
    }
}
