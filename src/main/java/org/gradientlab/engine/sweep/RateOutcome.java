package org.gradientlab.engine.sweep;

/** Where one run of a learning-rate sweep ended: what a sweep chart draws for one rate. */
public interface RateOutcome {

    /** The rate of every update of the run. */
    double learningRate();

    /** The steps the run took: to converge, to diverge, or N when it did neither. */
    long steps();

    /** The loss at the run's last finite state. */
    double loss();

    /** How the run ended. */
    RateRegion region();
}
