package org.gradientlab.engine.descent;

import org.gradientlab.engine.sweep.RateOutcome;
import org.gradientlab.engine.sweep.RateRegion;

/**
 * Where one run of {@link DescentTrial} ended.
 *
 * @param w0           the start
 * @param learningRate the rate of every update
 * @param steps        for a converged run the step at which it converged; for a diverged one the
 *                     step whose update went non-finite (as {@link DescentRun#divergedAt()}), or the
 *                     step at which |w| ran away; otherwise N
 * @param w            the last finite w
 * @param f            f at that w
 * @param region       how the run ended
 */
public record DescentOutcome(double w0, double learningRate, long steps, double w, double f, RateRegion region)
        implements RateOutcome {

    /** f at the last finite w: the loss of this lesson. */
    @Override
    public double loss() {
        return f;
    }


    /** True when the run settled at a stationary point within N steps. */
    public boolean converged() {
        return region == RateRegion.GOOD;
    }
}
