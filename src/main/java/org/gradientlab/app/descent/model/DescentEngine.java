package org.gradientlab.app.descent.model;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.app.chart.GhostTrace;
import org.gradientlab.app.runner.KeptRunEngine;
import org.gradientlab.engine.KeptRun;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.descent.DescentRun;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.descent.DescentStatus;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.export.StepsTable;

/** The Descent lesson's engine for the training runner: a {@link DescentRun} and its snapshots. */
public final class DescentEngine extends KeptRunEngine<DescentSnapshot> {

    /** |f'(w)| below this, with a step below it too, counts as converged. */
    public static final double TOLERANCE = 1e-6;

    /** Rows of the table kept on screen. */
    public static final int TABLE_ROWS = 500;

    private final Expression function;
    private final DescentRun run;
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
        this.function = function;
        this.run = run;
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
    public boolean step(double learningRate) {
        return run.step(learningRate);
    }

    @Override
    public boolean stepBack() {
        return run.stepBack();
    }

    @Override
    public boolean isFinished() {
        // Cheap test first: this runs after every update while playing.
        if (run.isDiverged()) {
            return true;
        }
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
        long first = Math.max(run.firstKeptStep(), last - TABLE_ROWS + 1);
        List<StepRow> rows = new ArrayList<>((int) Math.max(0, last - first + 1));
        if (first == run.startStep()) {
            long from = last - TABLE_ROWS + 1;
            for (StepRow row : before) {
                if (row.step() >= from) {
                    rows.add(row);
                }
            }
        }
        for (long k = first; k <= last && run.isKept(k); k++) {
            DescentState state = run.state(k);
            double taken = k < last ? run.state(k + 1).w() - state.w() : Double.NaN;
            rows.add(new StepRow(k, state.w(), state.f(), state.grad(), run.scheduledRateAt(k), taken));
        }
        return List.copyOf(rows);
    }

    @Override
    protected KeptRun keptRun() {
        return run;
    }

    /** The ghost is w and f(w) of the steps cut off, for a faded trail on the curve. */
    @Override
    public Trace branchAt(long step) {
        Trace ghost = GhostTrace.of(step, run.lastStep(), 2, (k, row) -> {
            DescentState state = run.state(k);
            row[0] = state.w();
            row[1] = state.f();
        });
        return run.branchAt(step) ? ghost : null;
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
