package org.gradientlab.app.runner;

/** What every lesson's snapshot tells the playback: the step it shows and the runner's state. Immutable. */
public interface RunSnapshot {

    /** The step the snapshot pictures. */
    long step();

    /** Whether the runner was playing. */
    boolean playing();

    /** Whether an earlier step is kept to go back to. */
    boolean canStepBack();
}
