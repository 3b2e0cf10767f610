package org.gradientlab.app.descent.model;

import java.util.List;
import org.gradientlab.app.chart.GhostTrace;
import org.gradientlab.app.runner.RecordedRunEngine;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.descent.DescentRun;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.descent.DescentStatus;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.export.StepsTable;

/** The Descent lesson's engine for the training runner: a {@link DescentRun} and its snapshots. */
public final class DescentEngine extends RecordedRunEngine<DescentSnapshot, DescentRun> {

    /** |f'(w)| below this, with a step below it too, counts as converged. */
    public static final double TOLERANCE = 1e-6;

    /** Rows of the table kept on screen. */
    public static final int TABLE_ROWS = 500;

    private final Expression function;
    private final OptimizerSettings optimizer;
    /**
     * After a branch with another optimizer: the newest rows before the branch step, made by the
     * optimizer it left, for the table and the trail (they cannot be shown or stepped back to); else empty.
     */
    private final List<StepRow> before;

    public DescentEngine(Expression function, OptimizerSettings optimizer, double w0) {
        this(function, optimizer, new DescentRun(function.evaluator(), optimizer.create(), optimizer.schedule(), w0, 0,
                DescentRun.DEFAULT_CAPACITY), List.of());
    }

    private DescentEngine(Expression function, OptimizerSettings optimizer, DescentRun run, List<StepRow> before) {
        super(run);
        this.function = function;
        this.optimizer = optimizer;
        this.before = before;
    }

    /**
     * A branch with another optimizer (call it after {@link #branchAt}): a new run from the current
     * w and step k, with zero optimizer state and its t counting from 1, so step for step it is a
     * fresh run started at w_k; its steps go on being numbered k, k+1, ... The rows before k stay
     * in the table and the trail.
     */
    @Override
    public DescentEngine continueWith(OptimizerSettings settings) {
        DescentState at = run.current();
        List<StepRow> rows = recentRows(at.step());
        List<StepRow> earlier = rows.subList(0, rows.size() - 1);
        return new DescentEngine(function, settings, new DescentRun(function.evaluator(), settings.create(), settings.schedule(), at.w(),
                at.step(), DescentRun.DEFAULT_CAPACITY), List.copyOf(earlier));
    }

    /** The optimizer of the run now (after a branch with another one, that one). */
    OptimizerSettings optimizer() {
        return optimizer;
    }

    @Override
    public boolean isFinished() {
        return run.isDiverged() || converged();
    }

    /** Play's batch: one call into the run, which checks convergence after each update (no call per update from shared code). */
    @Override
    public int steps(double learningRate, int max) {
        return run.steps(learningRate, max, this::converged);
    }

    /** After an update taken (never diverged then): cheap test first, this runs after every update while playing. */
    private boolean converged() {
        return Math.abs(run.grad()) < TOLERANCE && DescentStatus.of(run, TOLERANCE) == DescentStatus.CONVERGED;
    }

    @Override
    public DescentSnapshot snapshot(boolean playing, double learningRate) {
        DescentState current = run.current();
        double nextW = run.isDiverged() ? Double.NaN : run.peekNextW(learningRate);
        return new DescentSnapshot(current, nextW, recentRows(current.step()), DescentStatus.of(run, TOLERANCE),
                run.divergedAt(), run.isKept(current.step() - 1), playing, learningRate,
                EwmaWindow.of(run, optimizer, EwmaWindow.LENGTH));
    }

    private List<StepRow> recentRows(long last) {
        return recentRows(last, TABLE_ROWS, run.startStep(), before, StepRow::step, (k, newest) -> {
            DescentState state = run.state(k);
            double taken = k < newest ? run.state(k + 1).w() - state.w() : Double.NaN;
            return new StepRow(k, state.w(), state.f(), state.grad(), run.scheduledRateAt(k), taken);
        });
    }

    /** The ghost is w and f(w) of the steps cut off, for a faded trail on the curve. */
    @Override
    public Trace branchAt(long step) {
        return GhostTrace.branch(run, step, 2, (k, row) -> {
            DescentState state = run.state(k);
            row[0] = state.w();
            row[1] = state.f();
        });
    }

    @Override
    public StepsTable keptSteps() {
        // Every kept step, also while the timeline shows an earlier one.
        return keptTable(StepsTable.DESCENT, (k, row) -> {
            DescentState state = run.state(k);
            row[0] = state.w();
            row[1] = state.f();
            row[2] = state.grad();
        });
    }
}
