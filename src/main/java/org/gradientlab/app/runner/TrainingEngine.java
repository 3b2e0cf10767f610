package org.gradientlab.app.runner;

import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.export.StepsTable;

/**
 * What the training runner drives: one lesson's engine, owned by the runner's thread once handed
 * over. It produces immutable snapshots for the FX thread.
 *
 * @param <S> the lesson's snapshot type
 */
public interface TrainingEngine<S> {

    /** One update at this learning rate; false if the run cannot go on (diverged). */
    boolean step(double learningRate);

    /** Undoes the last update; false if there is none to undo. */
    boolean stepBack();

    /** True when playing should stop by itself (converged or diverged). */
    boolean isFinished();

    /**
     * Up to {@code max} updates at this learning rate for Play, exactly as {@link #step} and
     * {@link #isFinished} after each would make them: stops after an update that could not be
     * taken or that finished the run. Returns the updates taken; fewer than {@code max} means the
     * run stopped (so does {@link #isFinished} after {@code max}). An engine over a recorded run
     * overrides it with one batch of the run's, with no call per update from shared code. Each
     * engine class writes its own override, even where two read alike (Network, Deep network): in
     * a shared base class the run and the after-step test would again be of many classes where the
     * batch is compiled, and each update would pay a lookup (RecordedRun#steps says more).
     */
    default int steps(double learningRate, int max) {
        for (int i = 0; i < max; i++) {
            if (!step(learningRate)) {
                return i;
            }
            if (isFinished()) {
                return i + 1;
            }
        }
        return max;
    }

    /**
     * An immutable picture of the engine now, for the FX thread.
     *
     * @param playing      whether the runner is playing
     * @param learningRate the rate the next update will use
     */
    S snapshot(boolean playing, double learningRate);

    /** Every step the run has kept, as its headless command's table (for File > Export > Steps as CSV). */
    StepsTable keptSteps();

    /** The oldest recorded step the timeline can show. */
    default long firstKeptStep() {
        return shownStep();
    }

    /** The newest recorded step. */
    default long newestStep() {
        return shownStep();
    }

    /** The step {@link #snapshot} pictures: the newest, or an earlier one the timeline shows. */
    default long shownStep() {
        return 0;
    }

    /** Pictures a kept step in the next snapshots, keeping every recorded step (the timeline). */
    default void show(long step) {
    }

    /**
     * Cuts the run back to a kept step (as repeated step back would) so the next update goes on
     * from there, and returns the part cut off, from that step on, for the ghost; null if none.
     */
    default Trace branchAt(long step) {
        return null;
    }

    /** The learning rate of the recorded update that left this kept step; NaN for the newest step or none recorded. */
    default double recordedRateAt(long step) {
        return Double.NaN;
    }

    /** True while the timeline shows a step before the newest. */
    default boolean isScrubbed() {
        return shownStep() < newestStep();
    }

    /** Step: one update, or while scrubbed back the next recorded step (a replay: the run is unchanged). */
    default void stepOrReplay(double learningRate) {
        if (isScrubbed()) {
            show(shownStep() + 1);
        } else {
            step(learningRate);
        }
    }

    /** Step back: undoes the last update, or while scrubbed back shows the recorded step before. */
    default void stepBackOrReplay() {
        if (isScrubbed()) {
            show(Math.max(firstKeptStep(), shownStep() - 1));
        } else {
            stepBack();
        }
    }

    /** Shows a step, clamped to the kept ones. */
    default void showClamped(long step) {
        show(Math.max(firstKeptStep(), Math.min(newestStep(), step)));
    }

    /** Back to the newest step (Play goes on from there); nothing when it is shown already. */
    default void showNewest() {
        if (isScrubbed()) {
            show(newestStep());
        }
    }

    /**
     * Branch from here with another optimizer: an engine that goes on from this one's shown step
     * with it and a fresh optimizer state, the steps numbered on (runs on the runner's thread).
     */
    default TrainingEngine<S> continueWith(OptimizerSettings optimizer) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot branch with another optimizer");
    }
}
