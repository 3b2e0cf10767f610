package org.gradientlab.app.compare;

/** Where one compared run stands; a converged or diverged run takes no more steps. */
public enum RunStatus {
    /** Still updating. */
    RUNNING,
    /** Settled at a stationary point, by the lesson's own rule. */
    CONVERGED,
    /** The next update would leave the finite numbers, or w ran away. */
    DIVERGED
}
