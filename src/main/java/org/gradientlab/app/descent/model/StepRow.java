package org.gradientlab.app.descent.model;

/**
 * One row of the table of steps.
 *
 * @param step         k
 * @param w            w at step k
 * @param f            f(w)
 * @param grad         f'(w)
 * @param learningRate the rate the update that left step k used, η_t with a schedule (NaN for the newest row)
 * @param stepTaken    w(k+1) - w(k), NaN for the newest row
 */
public record StepRow(long step, double w, double f, double grad, double learningRate, double stepTaken) {
}
