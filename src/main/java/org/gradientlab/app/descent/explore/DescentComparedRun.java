package org.gradientlab.app.descent.explore;

import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.compare.RunSpec;
import org.gradientlab.app.compare.TrialRun;
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
final class DescentComparedRun extends TrialRun<DescentRun> {

    DescentComparedRun(int slot, RunSpec spec, Expression function, double w0) {
        super(slot, spec, new DescentRun(function.evaluator(), spec.optimizer().create(), spec.optimizer().schedule(),
                w0, 0, KEPT), Math.abs(w0));
        judge();
    }

    @Override
    protected void recordTrail() {
        DescentState now = run.current();
        trail.record(now.step(), now.w(), now.f());
    }

    @Override
    protected boolean converged() {
        return DescentStatus.of(run, DescentTrial.TOLERANCE) == DescentStatus.CONVERGED;
    }

    @Override
    protected double distance() {
        return Math.abs(run.current().w());
    }

    @Override
    public RunPicture picture() {
        DescentState now = run.current();
        return new RunPicture(slot, spec, status(), now.step(), endedAt(), now.w(), now.f(), now.f(), trail.copy());
    }
}
