package org.gradientlab.app.deepnet;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.app.runner.TracedRunEngine;
import org.gradientlab.engine.TraceHistory;
import org.gradientlab.engine.mlp.MlpLayout;
import org.gradientlab.engine.mlp.MlpProblem;
import org.gradientlab.engine.mlp.MlpRun;
import org.gradientlab.engine.mlp.MlpStepper;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.export.StepsTable;

/**
 * The Deep network lesson's engine for the training runner: an {@link MlpRun}, its trace over steps,
 * and snapshots with the first pair's node values and the boundary, all on the runner thread.
 * Allocation-free per step; a snapshot allocates its own arrays.
 */
final class DeepNetEngine extends TracedRunEngine<DeepNetSnapshot, MlpRun> {

    /** Points kept for the charts over steps. */
    static final int TRACE_POINTS = 2000;
    /** While playing, the boundary is worked out again at most this often (ten times a second). */
    static final long BOUNDARY_NANOS = 100_000_000L;

    private final DeepNetSetup setup;
    private final MlpLayout layout;
    private final int layers;
    /** The snapshot's own problem: node values, the boundary and the peek never touch the run's. */
    private final MlpProblem view;
    private final BoundaryMaker boundaryMaker;
    private final double[] traceRow;
    private final double[] peek;
    private final double[] peekGradient;
    private BoundaryGrid boundary;
    private long boundaryAt = Long.MIN_VALUE;

    /** A fresh run from the setup's start with this optimizer and its learning-rate schedule. */
    DeepNetEngine(DeepNetSetup setup, OptimizerSettings optimizer) {
        this(setup, new MlpRun(setup.problem(), optimizer.create(), optimizer.schedule(),
                setup.layout().initialParameters(setup.seed()), 0), null);
    }

    private DeepNetEngine(DeepNetSetup setup, MlpRun run, TraceHistory trace) {
        super(run, trace != null ? trace
                : new TraceHistory(DeepNetSnapshot.GNORM_COLUMN + run.stepper().problem().layout().layerCount(), TRACE_POINTS));
        this.setup = setup;
        this.layout = run.stepper().problem().layout();
        this.layers = layout.layerCount();
        this.view = setup.problem();
        this.boundaryMaker = new BoundaryMaker(setup.data().set(), view);
        this.traceRow = new double[DeepNetSnapshot.GNORM_COLUMN + layers];
        this.peek = new double[layout.parameterCount()];
        this.peekGradient = new double[layout.parameterCount()];
        record();
    }

    /**
     * A branch with another optimizer or schedule from the shown step (call after {@link #branchAt}):
     * zero optimizer state, t counting from 1 for the optimizer and the schedule; the trace goes on.
     */
    @Override
    public DeepNetEngine continueWith(OptimizerSettings settings) {
        double[] at = new double[layout.parameterCount()];
        run.stepper().copyParams(at);
        return new DeepNetEngine(setup, new MlpRun(setup.problem(), settings.create(), settings.schedule(), at,
                run.step()), trace);
    }

    @Override
    protected void recordCurrent(long step) {
        if (run.isKept(step)) {
            MlpStepper s = run.stepper();
            traceRow[0] = s.cost();
            traceRow[1] = s.accuracy();
            for (int l = 1; l <= layers; l++) {
                traceRow[DeepNetSnapshot.GNORM_COLUMN + l - 1] = s.gradientNorm(l);
            }
            trace.record(step, traceRow);
        }
    }

    @Override
    public boolean isFinished() {
        return run.isDiverged();
    }

    /** Play's batch: one call into the run, which records the trace after each update (a taken one never diverged). */
    @Override
    public int steps(double learningRate, int max) {
        return run.steps(learningRate, max, () -> {
            record();
            return false;
        });
    }

    @Override
    public DeepNetSnapshot snapshot(boolean playing, double learningRate) {
        MlpStepper s = run.stepper();
        int count = layout.parameterCount();
        double[] params = new double[count];
        double[] gradient = new double[count];
        s.copyParams(params);
        for (int k = 0; k < count; k++) {
            gradient[k] = s.gradient(k);
        }
        double[] norms = new double[layers + 1];
        for (int l = 1; l <= layers; l++) {
            norms[l] = s.gradientNorm(l);
        }
        long now = System.nanoTime();
        if (boundary == null || boundary.step() != run.step() && (!playing || now - boundaryAt >= BOUNDARY_NANOS)) {
            boundary = boundaryMaker.make(params, run.step());
            boundaryAt = now;
        }
        NodeValues nodes = nodeValues(params);
        double nextCost = Double.NaN;
        if (!playing && !run.isDiverged() && run.isKept(run.step())) {
            s.peekUpdate(learningRate, peek);
            view.evaluate(peek, peekGradient);
            nextCost = view.meanCost();
        }
        return new DeepNetSnapshot(run.step(), layout, params, gradient, s.cost(), s.accuracy(), norms, nodes, boundary,
                traceShown(), run.isDiverged(), run.divergedAt(), run.isKept(run.step() - 1), playing, learningRate,
                nextCost, usedRate());
    }

    /** lr_t of the update that reached the shown step when a schedule changes it; NaN for constant or none. */
    private double usedRate() {
        long step = run.step();
        return run.schedule().isConstant() || !run.isKept(step - 1) ? Double.NaN : run.scheduledRateAt(step - 1);
    }

    /** The first pair's pass through every node. */
    private NodeValues nodeValues(double[] params) {
        view.passOf(params, 0);
        double[][] z = new double[layers + 1][];
        double[][] a = new double[layers + 1][];
        double[][] delta = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            int n = layout.size(l);
            z[l] = new double[n];
            a[l] = new double[n];
            delta[l] = new double[n];
            for (int i = 0; i < n; i++) {
                a[l][i] = view.a(l, i);
                if (l > 0) {
                    z[l][i] = view.z(l, i);
                    delta[l][i] = view.delta(l, i);
                }
            }
        }
        double[] x = a[0].clone();
        return new NodeValues(z, a, delta, x, setup.data().set().targets()[0]);
    }

    @Override
    protected double[] traceValues(long step) {
        double[] values = new double[DeepNetSnapshot.GNORM_COLUMN + layers];
        values[0] = run.costAt(step);
        values[1] = run.accuracyAt(step);
        for (int l = 1; l <= layers; l++) {
            values[DeepNetSnapshot.GNORM_COLUMN + l - 1] = run.gradientNormAt(step, l);
        }
        return values;
    }

    /** The mlp command's columns for this layout: step, cost, accuracy, every parameter, gnorm1..gnormL. */
    static List<String> columns(MlpLayout layout) {
        List<String> columns = new ArrayList<>(List.of("step", "cost", "accuracy"));
        columns.addAll(layout.parameterNames());
        for (int l = 1; l <= layout.layerCount(); l++) {
            columns.add("gnorm" + l);
        }
        return columns;
    }

    @Override
    public StepsTable keptSteps() {
        int count = layout.parameterCount();
        double[] params = new double[count];
        return keptTable(columns(layout), (k, row) -> {
            row[0] = run.costAt(k);
            row[1] = run.accuracyAt(k);
            run.parametersAt(k, params);
            System.arraycopy(params, 0, row, 2, count);
            for (int l = 1; l <= layers; l++) {
                row[1 + count + l] = run.gradientNormAt(k, l);
            }
        });
    }
}
