package org.gradientlab.engine.sweep;

/** Hears how many runs of a sweep have finished; called from the worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface TrialProgress {

    /** Ignores progress. */
    TrialProgress NONE = (done, total) -> { };

    /** @param done runs finished so far, @param total runs in all */
    void finished(int done, int total);
}
