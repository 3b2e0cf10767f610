package org.gradientlab.app.surface;

import java.util.List;
import org.gradientlab.app.runner.RunSnapshot;
import org.gradientlab.engine.descent.DescentStatus;
import org.gradientlab.engine.surface.SurfaceState;

/**
 * What the FX thread is handed about a run on f(w1, w2), at most once a frame. Immutable (the
 * path array is never written after it is made).
 *
 * @param current      the state now
 * @param nextW1       where the next update at the current rate would take w1 (NaN if none)
 * @param nextW2       where it would take w2 (NaN if none)
 * @param recent       the newest rows, oldest first, ending with the current one
 * @param path         the run's points up to now, w1 and w2 interleaved, thinned to a bounded size
 * @param status       converged, diverging, ...
 * @param divergedAt   the step that would have been non-finite, or -1
 * @param canStepBack  whether an earlier step is kept
 * @param playing      whether the runner is playing
 * @param learningRate the rate the next update is given
 * @param rateUsed     the rate the next update uses after the schedule
 */
public record SurfaceSnapshot(SurfaceState current, double nextW1, double nextW2, List<SurfaceRow> recent,
                              double[] path, DescentStatus status, long divergedAt, boolean canStepBack,
                              boolean playing, double learningRate, double rateUsed) implements RunSnapshot {

    @Override
    public long step() {
        return current.step();
    }

    /** How many points the path holds. */
    public int pathPoints() {
        return path.length / 2;
    }
}
