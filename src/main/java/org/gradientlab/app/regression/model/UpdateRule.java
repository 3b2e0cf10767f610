package org.gradientlab.app.regression.model;

import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.regression.Reduction;

/**
 * The numbers of one update of SPEC section 4, to write the rule out with them: the last update
 * taken, or before the first one the update that Step would make. Immutable.
 *
 * @param taken              true for an update already made, false for the one Step would make
 * @param fromStep           the step it starts from
 * @param batchSize          the points summed over (b)
 * @param batchesPerEpoch    updates per pass over the data (1 for all points)
 * @param reduction          sum or mean (mean divides both sums by b)
 * @param optimizer          gd, momentum, rmsprop, adam or adagrad
 * @param sumResiduals       sum_j (y_j - h(x_j)) over the batch, at (w0, w1)
 * @param sumResidualsTimesX sum_j (y_j - h(x_j))*x_j over the batch
 * @param learningRate       the rate the update uses: η, or with a schedule η_t (η times its factor)
 * @param w0                 the intercept before the update
 * @param w1                 the slope before the update
 * @param newW0              the intercept after it
 * @param newW1              the slope after it
 * @param scheduled          true when a schedule is on, so the rate is η_t rather than η
 */
public record UpdateRule(boolean taken, long fromStep, int batchSize, int batchesPerEpoch, Reduction reduction,
                         OptimizerKind optimizer, double sumResiduals, double sumResidualsTimesX, double learningRate,
                         double w0, double w1, double newW0, double newW1, boolean scheduled) {

    /** The rate's symbol: η, or η_t when a schedule is on. */
    public String rateName() {
        return scheduled ? "η_t" : "η";
    }

    /** The first component of the optimizer's gradient g: -sum (y - h(x)), divided by b for mean. */
    public double g0() {
        return reduction.gradient(sumResiduals, batchSize);
    }

    /** The second component: -sum (y - h(x))*x, divided by b for mean. */
    public double g1() {
        return reduction.gradient(sumResidualsTimesX, batchSize);
    }

    /** True for plain gradient descent, whose rule is the textbook one. */
    public boolean isPlain() {
        return optimizer == OptimizerKind.GD;
    }

    /** The epoch of this update, from 1. */
    public long epoch() {
        return fromStep / batchesPerEpoch + 1;
    }

    /** Which batch of its epoch this update takes, from 1. */
    public long batchInEpoch() {
        return fromStep % batchesPerEpoch + 1;
    }
}
