package org.gradientlab.app.surface;

/**
 * One row of the table of steps.
 *
 * @param step     k
 * @param w1       w1 at step k
 * @param w2       w2 at step k
 * @param f        f(w1, w2)
 * @param g1       df/dw1 (exact)
 * @param g2       df/dw2 (exact)
 * @param rateUsed the scheduled rate of the update that left step k (NaN for the newest row)
 */
public record SurfaceRow(long step, double w1, double w2, double f, double g1, double g2, double rateUsed) {
}
