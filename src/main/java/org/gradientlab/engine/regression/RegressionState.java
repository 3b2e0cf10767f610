package org.gradientlab.engine.regression;

/**
 * One row of a regression run, SPEC section 5: the state before update {@code step + 1}.
 *
 * @param step the number of updates made so far
 * @param w0   the intercept of h(x) = w0 + w1*x
 * @param w1   the slope
 * @param loss the loss at (w0, w1) over the whole data set, with the run's reduction
 */
public record RegressionState(long step, double w0, double w1, double loss) {

    /** True when w0, w1 and the loss are all finite numbers. */
    public boolean isFinite() {
        return Double.isFinite(w0) && Double.isFinite(w1) && Double.isFinite(loss);
    }
}
