package org.gradientlab.app.network.model;

import org.gradientlab.app.runner.RunSnapshot;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.network.GradientCheck;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.network.NetworkState;

/**
 * What the FX thread is handed about a network run, at most once a frame. Immutable.
 *
 * @param current      the state now: parameters, the first pair's pass, the mean cost and gradients
 * @param chainRule    the chain rule's factors for the first pair
 * @param check        the gradient check at the current parameters, or null while playing on big data
 * @param trace        cost and parameters over the steps, decimated
 * @param diverged     whether the last update was refused as non-finite
 * @param divergedAt   the step that would have been non-finite, or -1
 * @param canStepBack  whether an earlier step is kept
 * @param playing      whether the runner is playing
 * @param learningRate the rate the next update uses
 * @param next         the parameters the next update would reach (the engine's peek), or null while
 *                     playing or diverged
 * @param nextCost     the mean cost at {@code next}, or NaN when there is no next
 * @param lastRate     η_t of the update that reached this step with a schedule on; NaN without one or at the start
 */
public record NetworkSnapshot(NetworkState current, ChainRule chainRule, GradientCheck check, Trace trace,
                              boolean diverged, long divergedAt, boolean canStepBack, boolean playing,
                              double learningRate, NetworkParameters next, double nextCost, double lastRate)
        implements RunSnapshot {

    @Override
    public long step() {
        return current.step();
    }
}
