package org.gradientlab.engine.regression;

import org.gradientlab.engine.sweep.RateOutcome;
import org.gradientlab.engine.sweep.RateRegion;

/**
 * Where one run of {@link RegressionTrial} ended.
 *
 * @param learningRate the rate of every update
 * @param steps        for a good run the step from which the loss stayed near the best fit's; for a
 *                     diverged one the step whose update went non-finite (as
 *                     {@link RegressionRun#divergedAt()}) or at which the loss ran away; otherwise N
 * @param updates      the updates that led to (w0, w1): N, or fewer when the run diverged
 * @param w0           the last finite intercept
 * @param w1           the last finite slope
 * @param loss         the whole-data loss at (w0, w1)
 * @param region       how the run ended
 */
public record RegressionOutcome(double learningRate, long steps, long updates, double w0, double w1, double loss,
                                RateRegion region) implements RateOutcome {
}
