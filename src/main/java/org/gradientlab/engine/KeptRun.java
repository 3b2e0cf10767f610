package org.gradientlab.engine;

/**
 * A run that keeps its steps' rows: step back, showing an earlier kept step without changing the
 * run, and branching there. {@link RecordedRun} is one; the lessons' runs extend it.
 */
public interface KeptRun {

    /** The oldest step still kept. */
    long firstKeptStep();

    /** The newest recorded step. */
    long lastStep();

    /** The step the run is at: the newest, or an earlier kept one it shows. */
    long shownStep();

    /** True when the row of this step is still kept. */
    boolean isKept(long step);

    /** The learning rate of the update that left this kept step, NaN for the newest step. */
    double learningRateAt(long step);

    /** Puts the run at a kept step to look at it, keeping every row; false if it is not kept. */
    boolean show(long step);

    /** Cuts the run back to a kept step, exactly as repeated step back would; false if it is not kept. */
    boolean branchAt(long step);
}
