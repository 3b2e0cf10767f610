package org.gradientlab.engine.descent;

/**
 * How a run of N updates from one start at one learning rate ended, as a sweep over rates labels
 * it. For f = w^2 under gd each update multiplies w by (1 - 2 lr): below lr = 0.5 the steps all go
 * one way (too small if N steps are not enough), between 0.5 and 1 they alternate and shrink
 * (good if they shrink in time, oscillating if not), at 1 they alternate for ever (oscillating),
 * and above 1 they grow until w, f or f' is no longer finite (diverging).
 */
public enum RateRegion {
    /** Not converged in N steps, and the last steps all went the same way: the rate is too small. */
    TOO_SMALL("too small"),
    /** |f'(w)| and the last step fell below the tolerance within N steps. */
    GOOD("good"),
    /** Not converged, and the direction of the step reversed among the last steps: w bounces. */
    OSCILLATING("oscillating"),
    /** An update made w, f or f' non-finite (SPEC section 5), or |w| ran away past {@link DescentTrial#RUNAWAY}. */
    DIVERGING("diverging");

    private final String label;

    RateRegion(String label) {
        this.label = label;
    }

    /** The words a chart shows for it. */
    public String label() {
        return label;
    }
}
