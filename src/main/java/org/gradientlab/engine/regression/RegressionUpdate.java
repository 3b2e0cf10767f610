package org.gradientlab.engine.regression;

/**
 * The numbers in one update of SPEC section 4, for showing the rule with its numbers filled in:
 * {@code w0 <- w0 + lr * sum_j r_j}, {@code w1 <- w1 + lr * sum_j r_j*x_j} (each sum divided by the
 * batch size for mean), with r_j = y_j - (w0 + w1*x_j) at the parameters of {@code fromStep}.
 *
 * @param fromStep           the step the update starts from
 * @param batchSize          the points in its batch
 * @param sumResiduals       sum_j r_j over the batch
 * @param sumResidualsTimesX sum_j r_j*x_j over the batch
 * @param learningRate       the rate it was taken at, NaN for an update not yet taken
 */
public record RegressionUpdate(long fromStep, int batchSize, double sumResiduals, double sumResidualsTimesX,
        double learningRate) {
}
