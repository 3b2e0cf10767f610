package org.gradientlab.app.compare;

/**
 * One of the compared runs, owned by the runner thread: a lesson's engine run at one setting, which
 * stops by the lesson's own rule for converged and diverged.
 */
public interface ComparedRun {

    /** One update at the run's own rate; only called while {@link #status()} is RUNNING. */
    void step();

    /** Running, converged or diverged. */
    RunStatus status();

    /** An immutable picture of the run now. */
    RunPicture picture();
}
