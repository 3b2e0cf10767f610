package org.gradientlab.app.surface;

import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.compare.RunSpec;
import org.gradientlab.app.compare.TrialRun;
import org.gradientlab.engine.descent.DescentStatus;
import org.gradientlab.engine.descent.DescentTrial;
import org.gradientlab.engine.expr.SurfaceExpression;
import org.gradientlab.engine.surface.SurfaceNoise;
import org.gradientlab.engine.surface.SurfaceRun;
import org.gradientlab.engine.surface.SurfaceState;
import org.gradientlab.engine.surface.SurfaceStatus;
import org.gradientlab.engine.surface.SurfaceStepper;

/**
 * One raced run of the Surface lesson: a {@link SurfaceRun} at one optimizer and rate, with the
 * lesson's noise and seed, stopping when {@link SurfaceStatus} says converged, at the update that
 * would leave the finite numbers, or when the point runs away past {@link DescentTrial#RUNAWAY}.
 * Owned by the runner thread.
 */
final class SurfaceComparedRun extends TrialRun<SurfaceRun> {

    SurfaceComparedRun(int slot, RunSpec spec, SurfaceExpression function, SurfaceNoise noise, double w1, double w2) {
        super(slot, spec, new SurfaceRun(new SurfaceStepper(function.evaluator(), spec.optimizer().create(),
                spec.optimizer().schedule(), noise, w1, w2), KEPT), Math.hypot(w1, w2));
        judge();
    }

    @Override
    protected void recordTrail() {
        SurfaceState now = run.current();
        trail.record(now.step(), now.w1(), now.w2());
    }

    @Override
    protected boolean converged() {
        return SurfaceStatus.of(run, DescentTrial.TOLERANCE) == DescentStatus.CONVERGED;
    }

    @Override
    protected double distance() {
        SurfaceState now = run.current();
        return Math.hypot(now.w1(), now.w2());
    }

    @Override
    public RunPicture picture() {
        SurfaceState now = run.current();
        return new RunPicture(slot, spec, status(), now.step(), endedAt(), now.w1(), now.w2(), now.f(), trail.copy());
    }
}
