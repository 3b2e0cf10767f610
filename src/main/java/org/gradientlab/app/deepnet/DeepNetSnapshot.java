package org.gradientlab.app.deepnet;

import org.gradientlab.app.runner.RunSnapshot;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.mlp.MlpLayout;

/**
 * What the FX thread is handed about a Deep network run, at most once a frame. Immutable by
 * convention (no array is written after it is made).
 *
 * @param step          the step shown
 * @param layout        the layers
 * @param params        every weight and bias, in the layout's order
 * @param gradient      the mean dC/dparam, L2 term included
 * @param cost          the mean cost, L2 term included
 * @param accuracy      the share of pairs classified right
 * @param gradientNorm  |dC/dW_l| for l = 1..L (index 0 unused)
 * @param nodes         z, a and delta of every node for the first pair
 * @param boundary      yhat over the plot, possibly a few frames old while playing
 * @param trace         cost, accuracy and gnorm_1..gnorm_L over steps, decimated
 * @param diverged      whether the last update was refused as non-finite
 * @param divergedAt    the step that would have been non-finite, or -1
 * @param canStepBack   whether an earlier step is kept
 * @param playing       whether the runner is playing
 * @param learningRate  the rate the next update uses
 * @param nextCost      the mean cost after the next update (the engine's peek), NaN while playing or diverged
 * @param usedRate      lr_t of the update that reached this step under a schedule; NaN for a constant one
 */
public record DeepNetSnapshot(long step, MlpLayout layout, double[] params, double[] gradient, double cost,
                              double accuracy, double[] gradientNorm, NodeValues nodes, BoundaryGrid boundary,
                              Trace trace, boolean diverged, long divergedAt, boolean canStepBack, boolean playing,
                              double learningRate, double nextCost, double usedRate) implements RunSnapshot {

    /** The trace's columns before the gradient norms: cost, accuracy. */
    public static final int GNORM_COLUMN = 2;
}
