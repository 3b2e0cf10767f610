package org.gradientlab.app.compare;

import org.gradientlab.engine.TraceHistory.Trace;

/**
 * One compared run as the FX thread is handed it. Immutable (the trail's arrays are copies no one
 * writes to).
 *
 * @param slot    the run's place, 0 to 3, which also picks its colour
 * @param spec    its settings
 * @param status  running, converged or diverged
 * @param step    updates made so far
 * @param endedAt the step at which it converged or diverged (as the engine counts it), or -1
 * @param x       the first coordinate drawn: w (Descent) or w0 (Regression)
 * @param y       the second: f(w) or w1
 * @param loss    f(w) or the loss now
 * @param trail   the positions so far, values x then y (thinned evenly on long runs)
 */
public record RunPicture(int slot, RunSpec spec, RunStatus status, long step, long endedAt, double x, double y,
                         double loss, Trace trail) {

    /** "42", "diverged at step 7" or "not yet": what the table says about converging. */
    public String convergeText() {
        return switch (status) {
            case CONVERGED -> Long.toString(endedAt);
            case DIVERGED -> "diverged at step " + endedAt;
            default -> "not yet";
        };
    }
}
