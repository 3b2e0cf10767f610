package org.gradientlab.app.descent.explore;

import org.gradientlab.app.compare.ComparedRun;
import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.compare.RunSpec;
import org.gradientlab.app.compare.RunStatus;
import org.gradientlab.engine.TraceHistory;
import org.gradientlab.engine.descent.DescentRun;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.descent.DescentStatus;
import org.gradientlab.engine.descent.DescentTrial;
import org.gradientlab.engine.expr.Expression;

/**
 * One compared run of the Descent lesson: a {@link DescentRun} at one setting, stopping where
 * {@link DescentTrial} (the sweep's outcome) would: converged by {@link DescentStatus} at the trial's
 * tolerance, diverged at the update that would leave the finite numbers, or when |w| runs away past
 * {@link DescentTrial#RUNAWAY}. Owned by the runner thread.
 */
final class DescentComparedRun implements ComparedRun {

    /** Rows kept: DescentStatus looks a few steps back; nothing steps back further. */
    static final int KEPT = 16;
    /** Trail points kept for the chart. */
    static final int TRAIL = 2000;

    private final int slot;
    private final RunSpec spec;
    private final DescentRun run;
    private final double runaway;
    private final TraceHistory trail = new TraceHistory(2, TRAIL);
    private RunStatus status = RunStatus.RUNNING;
    private long endedAt = -1;

    DescentComparedRun(int slot, RunSpec spec, Expression function, double w0) {
        this.slot = slot;
        this.spec = spec;
        this.run = new DescentRun(function.evaluator(), spec.optimizer().create(), spec.optimizer().schedule(), w0, 0,
                KEPT);
        this.runaway = DescentTrial.RUNAWAY * Math.max(1, Math.abs(w0));
        judge();
    }

    @Override
    public void step() {
        run.step(spec.learningRate());
        judge();
    }

    private void judge() {
        DescentState now = run.current();
        if (run.isDiverged()) {
            end(RunStatus.DIVERGED, run.divergedAt());
            return;
        }
        trail.record(now.step(), now.w(), now.f());
        if (DescentStatus.of(run, DescentTrial.TOLERANCE) == DescentStatus.CONVERGED) {
            end(RunStatus.CONVERGED, now.step());
        } else if (Math.abs(now.w()) > runaway) {
            end(RunStatus.DIVERGED, now.step());
        }
    }

    private void end(RunStatus how, long step) {
        status = how;
        endedAt = step;
    }

    @Override
    public RunStatus status() {
        return status;
    }

    @Override
    public RunPicture picture() {
        DescentState now = run.current();
        return new RunPicture(slot, spec, status, now.step(), endedAt, now.w(), now.f(), now.f(), trail.copy());
    }

    /** The run (for tests). */
    DescentRun run() {
        return run;
    }
}
