package org.gradientlab.engine.descent;

/**
 * One row of a descent run: the state before update {@code step + 1}.
 *
 * @param step the number of updates made so far
 * @param w    the parameter
 * @param f    f(w)
 * @param grad f'(w)
 */
public record DescentState(long step, double w, double f, double grad) {

    /** True when w, f(w) and f'(w) are all finite numbers. */
    public boolean isFinite() {
        return Double.isFinite(w) && Double.isFinite(f) && Double.isFinite(grad);
    }
}
