package org.gradientlab.engine.surface;

/**
 * The noise of a stochastic gradient, SPEC sections 4b and 6: each update uses g_i + scale*z_i, z1
 * then z2 drawn from one {@code java.util.Random(seed)} as z = (u1 + ... + u12) - 6. Immutable.
 *
 * @param scale S, at least 0; 0 for the exact gradient (nothing is drawn)
 * @param seed  the generator's seed
 */
public record SurfaceNoise(double scale, long seed) {

    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 1;

    /** The exact gradient. */
    public static final SurfaceNoise NONE = new SurfaceNoise(0, DEFAULT_SEED);

    /** Checks that the scale is a finite number of at least 0. */
    public SurfaceNoise {
        if (!(scale >= 0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException("the noise must be a finite number of at least 0, was " + scale);
        }
    }

    /** True when updates use the exact gradient. */
    public boolean isNone() {
        return scale == 0;
    }
}
