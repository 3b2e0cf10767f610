package org.gradientlab.app.runner;

import org.gradientlab.engine.RecordedRun;
import org.gradientlab.engine.TraceHistory;
import org.gradientlab.engine.TraceHistory.Trace;

/**
 * A lesson's engine over a {@link RecordedRun} that also keeps a thinned trace of its steps for
 * the charts over steps (Network, Deep network, Regression): Step records, Step back and a branch
 * cut the trace too, a branch's ghost is the trace from the branch step on, and a snapshot's trace
 * ends at the shown step. A branch with another optimizer hands the trace on to the new engine.
 *
 * @param <S> the lesson's snapshot type
 * @param <R> the lesson's run
 */
public abstract class TracedRunEngine<S, R extends RecordedRun> extends RecordedRunEngine<S, R> {

    /** The trace over steps, in the lesson's columns. */
    protected final TraceHistory trace;

    protected TracedRunEngine(R run, TraceHistory trace) {
        super(run);
        this.trace = trace;
    }

    /** A kept step's values in the trace's columns, read from the run's rows. */
    protected abstract double[] traceValues(long step);

    /** Records the step the run is at, {@code step}, in the trace (which keeps it). */
    protected abstract void recordCurrent(long step);

    /** Cuts the trace after the step before the run's and records the run's step; the constructor's last call. */
    protected final void record() {
        long step = run.shownStep();
        trace.truncateAfter(step - 1);
        // Most steps are not kept once the trace is thinned: no state record for those.
        if (trace.wants(step)) {
            recordCurrent(step);
        }
    }

    @Override
    public final boolean step(double learningRate) {
        if (!run.step(learningRate)) {
            return false;
        }
        record();
        return true;
    }

    @Override
    public final boolean stepBack() {
        if (!run.stepBack()) {
            return false;
        }
        trace.truncateAfter(run.shownStep());
        return true;
    }

    /** The ghost is the trace from the branch step on, in the trace's columns. */
    @Override
    public final Trace branchAt(long step) {
        if (!run.isKept(step)) {
            return null;
        }
        Trace ghost = trace.copy().from(step, traceValues(step));
        run.branchAt(step);
        trace.truncateAfter(step);
        return ghost;
    }

    /** The trace up to the shown step: the whole of it, or while the timeline shows an earlier step, up to there. */
    protected final Trace traceShown() {
        long shown = run.shownStep();
        return shown < run.lastStep() ? trace.copy().upTo(shown, traceValues(shown)) : trace.copy();
    }
}
