package org.gradientlab.app.descent.model;

import java.util.List;
import org.gradientlab.app.runner.RunSnapshot;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.descent.DescentStatus;

/**
 * What the FX thread is handed about a descent run, at most once a frame. Immutable.
 *
 * @param current      the state now
 * @param nextW        where the next update at the current rate would take w (NaN if none)
 * @param recent       the newest rows, oldest first, ending with the current one
 * @param status       converged, diverging, ...
 * @param divergedAt   the step that would have been non-finite, or -1
 * @param canStepBack  whether an earlier step is kept
 * @param playing      whether the runner is playing
 * @param learningRate the rate the next update uses
 * @param ewma         momentum's or Adam's newest updates as an EWMA of gradients ({@link EwmaWindow#NONE} for the others)
 */
public record DescentSnapshot(DescentState current, double nextW, List<StepRow> recent, DescentStatus status,
                              long divergedAt, boolean canStepBack, boolean playing, double learningRate,
                              EwmaWindow ewma) implements RunSnapshot {

    @Override
    public long step() {
        return current.step();
    }
}
