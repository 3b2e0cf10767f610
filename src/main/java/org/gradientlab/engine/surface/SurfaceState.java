package org.gradientlab.engine.surface;

/**
 * One step of a run on f(w1, w2), as the {@code surface} command writes it (SPEC section 6).
 *
 * @param step the updates made before it
 * @param w1   the first parameter
 * @param w2   the second parameter
 * @param f    f(w1, w2)
 * @param g1   df/dw1 at (w1, w2), exact (without noise)
 * @param g2   df/dw2 at (w1, w2), exact (without noise)
 */
public record SurfaceState(long step, double w1, double w2, double f, double g1, double g2) {
}
