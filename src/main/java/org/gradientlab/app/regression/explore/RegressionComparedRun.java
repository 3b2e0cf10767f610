package org.gradientlab.app.regression.explore;

import org.gradientlab.app.compare.ComparedRun;
import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.compare.RunSpec;
import org.gradientlab.app.compare.RunStatus;
import org.gradientlab.app.regression.model.RegressionEngine;
import org.gradientlab.app.regression.model.RegressionSetup;
import org.gradientlab.engine.TraceHistory;
import org.gradientlab.engine.regression.RegressionRun;
import org.gradientlab.engine.regression.RegressionState;

/**
 * One compared run of the Regression lesson: a {@link RegressionRun} on the lesson's problem and
 * start at one setting, stopping by the lesson's own rules ({@link RegressionEngine#hasConverged}, and
 * at the update that would leave the finite numbers). Owned by the runner thread.
 */
final class RegressionComparedRun implements ComparedRun {

    /** Rows kept: convergence looks one step back; nothing steps back further. */
    static final int KEPT = 8;

    private final int slot;
    private final RunSpec spec;
    private final RegressionRun run;
    private final TraceHistory trail = new TraceHistory(2, RegressionEngine.TRACE_POINTS);
    private RunStatus status = RunStatus.RUNNING;
    private long endedAt = -1;

    RegressionComparedRun(int slot, RunSpec spec, RegressionSetup setup) {
        this.slot = slot;
        this.spec = spec;
        this.run = new RegressionRun(setup.problem(), spec.optimizer().create(), spec.optimizer().schedule(),
                setup.startW0(), setup.startW1(), 0, 0, KEPT);
        if (run.isDiverged()) {
            status = RunStatus.DIVERGED;
            endedAt = run.divergedAt();
        } else {
            record();
        }
    }

    @Override
    public void step() {
        if (!run.step(spec.learningRate())) {
            status = RunStatus.DIVERGED;
            endedAt = run.divergedAt();
            return;
        }
        record();
        if (RegressionEngine.hasConverged(run)) {
            status = RunStatus.CONVERGED;
            endedAt = run.step();
        }
    }

    private void record() {
        long step = run.step();
        // A mini-batch state's loss is a pass over all the data: only for the steps the trail keeps.
        if (trail.wants(step)) {
            RegressionState now = run.current();
            trail.record(step, now.w0(), now.w1());
        }
    }

    @Override
    public RunStatus status() {
        return status;
    }

    @Override
    public RunPicture picture() {
        RegressionState now = run.current();
        return new RunPicture(slot, spec, status, now.step(), endedAt, now.w0(), now.w1(), now.loss(), trail.copy());
    }

    /** The run (for tests). */
    RegressionRun run() {
        return run;
    }
}
