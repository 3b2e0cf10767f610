package org.gradientlab.app.regression.model;

import org.gradientlab.app.runner.RunSnapshot;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.regression.RegressionState;

/**
 * What the FX thread is handed about a regression run, at most once a frame. Immutable.
 *
 * @param setup        what the run is made from (data, scaling, problem, start)
 * @param current      step, w0, w1 and the whole-data loss now
 * @param rule         the last update's numbers, or before the first one the next update's
 * @param trace        loss, w0 and w1 over the steps (columns 0, 1, 2), decimated evenly over the run
 * @param epoch        passes over the data completed
 * @param converged    whether batch descent has stopped moving
 * @param diverged     whether the last update was refused as non-finite
 * @param divergedAt   the step that would have been non-finite, or -1
 * @param canStepBack  whether an earlier step is kept
 * @param playing      whether the runner is playing
 * @param learningRate the rate the next update uses
 * @param next         the state the next update would reach (the engine's peek), or null while
 *                     playing or diverged
 */
public record RegressionSnapshot(RegressionSetup setup, RegressionState current, UpdateRule rule, Trace trace,
                                 long epoch, boolean converged, boolean diverged, long divergedAt,
                                 boolean canStepBack, boolean playing, double learningRate,
                                 RegressionState next) implements RunSnapshot {

    @Override
    public long step() {
        return current.step();
    }

    /** Trace columns. */
    public static final int LOSS = 0;
    /** The intercept's column in the trace. */
    public static final int W0 = 1;
    /** The slope's column in the trace. */
    public static final int W1 = 2;

    /** The current line's intercept in the data's own x units. */
    public double lineW0() {
        return setup.originalW0(current.w0(), current.w1());
    }

    /** The current line's slope in the data's own x units. */
    public double lineW1() {
        return setup.originalW1(current.w1());
    }
}
