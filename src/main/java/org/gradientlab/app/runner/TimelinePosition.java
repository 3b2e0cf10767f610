package org.gradientlab.app.runner;

import org.gradientlab.engine.TraceHistory.Trace;

/**
 * Where a lesson's timeline stands, handed over with each snapshot. Immutable.
 *
 * @param first     the oldest recorded step that can be shown (older ones were dropped for memory)
 * @param newest    the newest recorded step
 * @param shown     the step every panel shows now
 * @param ghost     the part of the run the last branch cut off, from the branch step on, or null
 * @param engineRun counts the engines handed over, so a reset is told apart from a branch
 */
public record TimelinePosition(long first, long newest, long shown, Trace ghost, long engineRun) {

    /** Before the first snapshot. */
    public static final TimelinePosition START = new TimelinePosition(0, 0, 0, null, 0);

    /** True when the newest step is shown: stepping and playing go on from it. */
    public boolean isLive() {
        return shown >= newest;
    }
}
