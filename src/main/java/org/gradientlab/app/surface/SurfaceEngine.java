package org.gradientlab.app.surface;

import java.util.List;
import org.gradientlab.app.chart.GhostTrace;
import org.gradientlab.app.runner.RecordedRunEngine;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.descent.DescentStatus;
import org.gradientlab.engine.expr.SurfaceExpression;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.surface.SurfaceNoise;
import org.gradientlab.engine.surface.SurfaceRun;
import org.gradientlab.engine.surface.SurfaceState;
import org.gradientlab.engine.surface.SurfaceStatus;
import org.gradientlab.engine.surface.SurfaceStepper;
import org.gradientlab.io.export.StepsTable;

/** The Surface lesson's engine for the training runner: a {@link SurfaceRun} and its snapshots. */
final class SurfaceEngine extends RecordedRunEngine<SurfaceSnapshot, SurfaceRun> {

    /** |∇f| below this, with a step below it too, counts as converged. */
    static final double TOLERANCE = 1e-6;
    /** Rows of the table kept on screen. */
    static final int TABLE_ROWS = 500;
    /** The most points of the path a snapshot carries. */
    static final int PATH_POINTS = 2000;

    private final SurfaceExpression function;
    private final SurfaceNoise noise;
    private final double[] peek = new double[2];
    /** After a branch with another optimizer: the rows before the branch step (made by the one it left). */
    private final List<SurfaceRow> before;
    /** After such a branch: the path before the branch step, w1 and w2 interleaved. */
    private final double[] pathBefore;

    /** A fresh run from (w1, w2) with the optimizer and its learning-rate schedule. */
    SurfaceEngine(SurfaceExpression function, OptimizerSettings optimizer, SurfaceNoise noise, double w1, double w2) {
        this(function, noise, new SurfaceRun(new SurfaceStepper(function.evaluator(), optimizer.create(),
                optimizer.schedule(), noise, w1, w2), SurfaceRun.DEFAULT_CAPACITY), List.of(), new double[0]);
    }

    private SurfaceEngine(SurfaceExpression function, SurfaceNoise noise, SurfaceRun run,
                          List<SurfaceRow> before, double[] pathBefore) {
        super(run);
        this.function = function;
        this.noise = noise;
        this.before = before;
        this.pathBefore = pathBefore;
    }

    /**
     * A branch with another optimizer or schedule (after {@link #branchAt}): a new run from the current
     * point and step k with zero optimizer state, t counting from 1 for the optimizer and the
     * schedule, and the noise generator where it was.
     */
    @Override
    public SurfaceEngine continueWith(OptimizerSettings settings) {
        SurfaceState at = run.current();
        List<SurfaceRow> rows = recentRows(at.step());
        double[] path = path(at.step());
        SurfaceStepper stepper = new SurfaceStepper(function.evaluator(), settings.create(), settings.schedule(), noise,
                at.w1(), at.w2(), at.step(), run.noiseStateAt(at.step()));
        return new SurfaceEngine(function, noise, new SurfaceRun(stepper, SurfaceRun.DEFAULT_CAPACITY),
                List.copyOf(rows.subList(0, rows.size() - 1)), java.util.Arrays.copyOf(path, path.length - 2));
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

    private boolean converged() {
        SurfaceState now = run.current();
        return Math.hypot(now.g1(), now.g2()) < TOLERANCE
                && SurfaceStatus.of(run, TOLERANCE) == DescentStatus.CONVERGED;
    }

    @Override
    public SurfaceSnapshot snapshot(boolean playing, double learningRate) {
        SurfaceState current = run.current();
        double nextW1 = Double.NaN;
        double nextW2 = Double.NaN;
        if (!run.isDiverged()) {
            run.stepper().peekUpdate(learningRate, peek);
            nextW1 = peek[0];
            nextW2 = peek[1];
        }
        return new SurfaceSnapshot(current, nextW1, nextW2, recentRows(current.step()), path(current.step()),
                SurfaceStatus.of(run, TOLERANCE), run.divergedAt(), run.isKept(current.step() - 1), playing,
                learningRate, run.scheduledRate(learningRate));
    }

    private List<SurfaceRow> recentRows(long last) {
        return recentRows(last, TABLE_ROWS, run.stepper().startStep(), before, SurfaceRow::step, (k, newest) -> {
            SurfaceState s = run.state(k);
            double rate = k < newest ? run.scheduledRateAt(k) : Double.NaN;
            return new SurfaceRow(k, s.w1(), s.w2(), s.f(), s.g1(), s.g2(), rate);
        });
    }

    /** The path from the first kept step to {@code last}, evenly thinned, always ending at {@code last}. */
    private double[] path(long last) {
        long first = run.firstKeptStep();
        if (!run.isKept(last)) {
            return pathBefore;
        }
        long span = last - first;
        long stride = Math.max(1, (span + PATH_POINTS - 2) / (PATH_POINTS - 1));
        int n = (int) ((span + stride - 1) / stride) + 1;
        double[] points = java.util.Arrays.copyOf(pathBefore, pathBefore.length + 2 * n);
        for (int i = 0; i < n; i++) {
            SurfaceState s = run.state(Math.min(last, first + i * stride));
            points[pathBefore.length + 2 * i] = s.w1();
            points[pathBefore.length + 2 * i + 1] = s.w2();
        }
        return points;
    }

    /** The ghost is the (w1, w2) path of the steps cut off, for a faded trail on the map. */
    @Override
    public Trace branchAt(long step) {
        return GhostTrace.branch(run, step, 2, (k, row) -> {
            SurfaceState s = run.state(k);
            row[0] = s.w1();
            row[1] = s.w2();
        });
    }

    @Override
    public StepsTable keptSteps() {
        return keptTable(StepsTable.SURFACE, (k, row) -> {
            SurfaceState s = run.state(k);
            row[0] = s.w1();
            row[1] = s.w2();
            row[2] = s.f();
            row[3] = s.g1();
            row[4] = s.g2();
        });
    }
}
