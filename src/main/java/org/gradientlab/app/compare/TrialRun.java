package org.gradientlab.app.compare;

import org.gradientlab.engine.RecordedRun;
import org.gradientlab.engine.TraceHistory;
import org.gradientlab.engine.descent.DescentTrial;

/**
 * A compared run over a {@link RecordedRun} that stops as the sweep's trials do: converged by the
 * lesson's status at the trial's tolerance, diverged at the update that would leave the finite
 * numbers, or when the point runs away past {@link DescentTrial#RUNAWAY} times its start's
 * distance from zero (at least 1). Keeps a trail of two columns for the picture. Owned by the runner thread.
 *
 * @param <R> the lesson's run
 */
public abstract class TrialRun<R extends RecordedRun> implements ComparedRun {

    /** Rows kept: the status looks a few steps back; nothing steps back further. */
    public static final int KEPT = 16;
    /** Trail points kept for the picture. */
    public static final int TRAIL = 2000;

    /** The run's place in the window. */
    protected final int slot;
    /** Its optimizer and rate. */
    protected final RunSpec spec;
    /** The run, stepped at the spec's rate. */
    protected final R run;
    /** The trail drawn: two columns a kept step. */
    protected final TraceHistory trail = new TraceHistory(2, TRAIL);
    private final double runaway;
    private RunStatus status = RunStatus.RUNNING;
    private long endedAt = -1;

    /** Call {@link #judge} at the end of the subclass's constructor. */
    protected TrialRun(int slot, RunSpec spec, R run, double startDistance) {
        this.slot = slot;
        this.spec = spec;
        this.run = run;
        this.runaway = DescentTrial.RUNAWAY * Math.max(1, startDistance);
    }

    /** Records the current step in the trail. */
    protected abstract void recordTrail();

    /** Whether the lesson's status says converged at {@link DescentTrial#TOLERANCE}. */
    protected abstract boolean converged();

    /** How far the current point is from zero. */
    protected abstract double distance();

    @Override
    public final void step() {
        run.step(spec.learningRate());
        judge();
    }

    /** Whether the run stops at the step it is at, and how. */
    protected final void judge() {
        if (run.isDiverged()) {
            end(RunStatus.DIVERGED, run.divergedAt());
            return;
        }
        long now = run.shownStep();
        recordTrail();
        if (converged()) {
            end(RunStatus.CONVERGED, now);
        } else if (distance() > runaway) {
            end(RunStatus.DIVERGED, now);
        }
    }

    private void end(RunStatus how, long step) {
        status = how;
        endedAt = step;
    }

    @Override
    public final RunStatus status() {
        return status;
    }

    /** The step the run stopped at, or -1 while it runs. */
    protected final long endedAt() {
        return endedAt;
    }

    /** The run (for tests). */
    public final R run() {
        return run;
    }
}
