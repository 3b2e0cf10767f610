package org.gradientlab.app.regression.model;

import org.gradientlab.app.runner.TracedRunEngine;
import org.gradientlab.engine.TraceHistory;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.RegressionRun;
import org.gradientlab.engine.regression.RegressionState;
import org.gradientlab.engine.regression.RegressionUpdate;
import org.gradientlab.io.export.StepsTable;

/**
 * The Regression lesson's engine for the training runner: a {@link RegressionRun}, the trace of
 * loss, w0 and w1 for the loss chart and the path on the loss surface, and snapshots.
 */
public final class RegressionEngine extends TracedRunEngine<RegressionSnapshot, RegressionRun> {

    /** Points kept for the loss chart and the path. */
    public static final int TRACE_POINTS = 2000;
    /** Batch descent counts as converged when an update moves w0 and w1 by less than this, relatively. */
    static final double SETTLED = 1e-12;

    private final RegressionSetup setup;

    public RegressionEngine(RegressionSetup setup) {
        this(setup, new RegressionRun(setup.problem(), setup.optimizer().create(), setup.optimizer().schedule(),
                setup.startW0(), setup.startW1(), 0, 0, RegressionRun.DEFAULT_CAPACITY),
                new TraceHistory(3, TRACE_POINTS));
    }

    private RegressionEngine(RegressionSetup setup, RegressionRun run, TraceHistory trace) {
        super(run, trace);
        this.setup = setup;
        record();
    }

    /**
     * A branch with another optimizer (call it after {@link #branchAt}): a new run from the current
     * (w0, w1) and step k, with zero optimizer state and its t counting from 1, on the same data
     * position (a mini-batch order where the run it leaves had it at k), so step for step it is a
     * fresh optimizer on the batches that run would have taken next; its steps go on being numbered
     * k, k+1, ... The loss chart and the path keep the first run's part up to k.
     */
    @Override
    public RegressionEngine continueWith(OptimizerSettings settings) {
        long k = run.step();
        RegressionState at = run.current();
        RegressionSetup next = new RegressionSetup(setup.data(), setup.scaling(), setup.problem(), settings,
                setup.startW0(), setup.startW1(), setup.statistics());
        return new RegressionEngine(next, new RegressionRun(setup.problem(), settings.create(), settings.schedule(), at.w0(), at.w1(), k,
                run.shuffleStateAt(k), RegressionRun.DEFAULT_CAPACITY), trace);
    }

    /** The run, for tests. */
    RegressionRun run() {
        return run;
    }

    /** A mini-batch state's loss is a pass over all the data: only for the steps the trace keeps. */
    @Override
    protected void recordCurrent(long step) {
        RegressionState s = run.current();
        trace.record(step, s.loss(), s.w0(), s.w1());
    }

    @Override
    public boolean isFinished() {
        return run.isDiverged() || isConverged();
    }

    /** Play's batch: one call into the run, which records the trace and checks convergence after each update. */
    @Override
    public int steps(double learningRate, int max) {
        return run.steps(learningRate, max, () -> {
            record();
            return isConverged();
        });
    }

    private boolean isConverged() {
        return hasConverged(run);
    }

    /** Batch descent whose last update left w0 and w1 where they were, to rounding (the compare window's rule too). */
    public static boolean hasConverged(RegressionRun run) {
        return run.problem().isFullBatch() && run.lastUpdateMovedLessThan(SETTLED);
    }

    @Override
    public RegressionSnapshot snapshot(boolean playing, double learningRate) {
        RegressionState now = run.current();
        // Predict mode asks only while paused; the peek's loss is a pass over all the data, so not while playing.
        RegressionState next = playing || run.isDiverged() ? null : run.peekNext(learningRate);
        return new RegressionSnapshot(setup, now, rule(now, learningRate), traceShown(), run.epoch(), isConverged(),
                run.isDiverged(), run.divergedAt(), run.isKept(now.step() - 1), playing, learningRate, next);
    }

    /** The last update, or before the first (or past the kept history) the one Step would make now. */
    private UpdateRule rule(RegressionState now, double learningRate) {
        RegressionProblem problem = setup.problem();
        RegressionUpdate last = run.lastUpdate();
        OptimizerKind optimizer = setup.optimizer().kind();
        boolean scheduled = !run.schedule().isConstant();
        if (last != null) {
            RegressionState from = run.state(last.fromStep());
            return new UpdateRule(true, last.fromStep(), last.batchSize(), problem.batchesPerEpoch(),
                    problem.reduction(), optimizer, last.sumResiduals(), last.sumResidualsTimesX(),
                    run.scheduledRateAt(last.fromStep()), from.w0(), from.w1(), now.w0(), now.w1(), scheduled);
        }
        RegressionUpdate next = run.updateFrom(now.step());
        RegressionState peek = run.peekNext(learningRate);
        return new UpdateRule(false, now.step(), next.batchSize(), problem.batchesPerEpoch(), problem.reduction(),
                optimizer, next.sumResiduals(), next.sumResidualsTimesX(), run.scheduledRate(learningRate), now.w0(),
                now.w1(), peek.w0(), peek.w1(), scheduled);
    }

    @Override
    protected double[] traceValues(long step) {
        RegressionState s = run.state(step);
        return new double[] {s.loss(), s.w0(), s.w1()};
    }

    @Override
    public StepsTable keptSteps() {
        // Every kept step, also while the timeline shows an earlier one.
        return keptTable(StepsTable.REGRESSION, (k, row) -> {
            RegressionState state = run.state(k);
            row[0] = state.w0();
            row[1] = state.w1();
            row[2] = state.loss();
        });
    }
}
