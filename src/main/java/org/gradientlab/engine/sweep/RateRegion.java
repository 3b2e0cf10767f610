package org.gradientlab.engine.sweep;

/**
 * How a run of N updates at one learning rate ended, as a sweep over rates labels it. Each lesson's
 * trial decides (the Descent lesson's DescentTrial, the Regression lesson's RegressionTrial); the
 * regions read the same in both: too small below the good rates, oscillating and then diverging
 * above them.
 */
public enum RateRegion {
    /** Not converged in N steps, and the last steps all kept going the same way: the rate is too small. */
    TOO_SMALL("too small"),
    /** Converged within N steps (each lesson's trial says what converged means there). */
    GOOD("good"),
    /** Not converged, and among the last steps the run went back and forth: it bounces. */
    OSCILLATING("oscillating"),
    /** An update went non-finite (SPEC section 5), or the run ran away. */
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
