package org.gradientlab.app.surface;

import org.gradientlab.app.compare.ComparedRun;
import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.compare.RunSpec;
import org.gradientlab.app.compare.RunStatus;
import org.gradientlab.engine.TraceHistory;
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
final class SurfaceComparedRun implements ComparedRun {

    /** Rows kept: the status looks a few steps back; nothing steps back further. */
    static final int KEPT = 16;
    /** Trail points kept for the map. */
    static final int TRAIL = 2000;

    private final int slot;
    private final RunSpec spec;
    private final SurfaceRun run;
    private final double runaway;
    private final TraceHistory trail = new TraceHistory(2, TRAIL);
    private RunStatus status = RunStatus.RUNNING;
    private long endedAt = -1;

    SurfaceComparedRun(int slot, RunSpec spec, SurfaceExpression function, SurfaceNoise noise, double w1, double w2) {
        this.slot = slot;
        this.spec = spec;
        this.run = new SurfaceRun(new SurfaceStepper(function.evaluator(), spec.optimizer().create(),
                spec.optimizer().schedule(), noise, w1, w2), KEPT);
        this.runaway = DescentTrial.RUNAWAY * Math.max(1, Math.hypot(w1, w2));
        judge();
    }

    @Override
    public void step() {
        run.step(spec.learningRate());
        judge();
    }

    private void judge() {
        if (run.isDiverged()) {
            status = RunStatus.DIVERGED;
            endedAt = run.divergedAt();
            return;
        }
        SurfaceState now = run.current();
        trail.record(now.step(), now.w1(), now.w2());
        if (SurfaceStatus.of(run, DescentTrial.TOLERANCE) == DescentStatus.CONVERGED) {
            status = RunStatus.CONVERGED;
            endedAt = now.step();
        } else if (Math.hypot(now.w1(), now.w2()) > runaway) {
            status = RunStatus.DIVERGED;
            endedAt = now.step();
        }
    }

    @Override
    public RunStatus status() {
        return status;
    }

    @Override
    public RunPicture picture() {
        SurfaceState now = run.current();
        return new RunPicture(slot, spec, status, now.step(), endedAt, now.w1(), now.w2(), now.f(), trail.copy());
    }

    /** The run (for tests). */
    SurfaceRun run() {
        return run;
    }
}
