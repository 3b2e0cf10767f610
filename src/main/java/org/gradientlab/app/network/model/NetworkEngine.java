package org.gradientlab.app.network.model;

import org.gradientlab.app.runner.TracedRunEngine;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.TraceHistory;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.GradientCheck;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkRun;
import org.gradientlab.engine.network.NetworkState;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.export.StepsTable;

/** The Network lesson's engine for the training runner: a {@link NetworkRun}, its trace and snapshots. */
final class NetworkEngine extends TracedRunEngine<NetworkSnapshot, NetworkRun> {

    /** Points kept for the charts over steps. */
    static final int TRACE_POINTS = 2000;
    /** Up to this many pairs the gradient check runs live, also while playing. */
    static final int LIVE_CHECK_PAIRS = 1000;

    private final NetworkProblem checkProblem;
    private final DataSet data;
    private final Cost cost;

    NetworkEngine(DataSet data, Cost cost, OptimizerSettings optimizer, double[] start) {
        this(data, cost, new NetworkRun(new NetworkProblem(data, cost), optimizer.create(), optimizer.schedule(),
                NetworkParameters.of(start), 0, NetworkRun.DEFAULT_CAPACITY),
                new TraceHistory(5, TRACE_POINTS));
    }

    private NetworkEngine(DataSet data, Cost cost, NetworkRun run, TraceHistory trace) {
        super(run, trace);
        this.data = data;
        this.cost = cost;
        this.checkProblem = new NetworkProblem(data, cost);
        record();
    }

    /**
     * A branch with another optimizer (call it after {@link #branchAt}): a new run from the current
     * parameters and step k, with zero optimizer state and its t counting from 1, so step for step
     * it is a fresh run started there; its steps go on being numbered k, k+1, ... The cost over
     * steps keeps the first run's part up to k; the timeline of the branch starts at k.
     */
    @Override
    public NetworkEngine continueWith(OptimizerSettings settings) {
        NetworkState at = run.current();
        return new NetworkEngine(data, cost, new NetworkRun(new NetworkProblem(data, cost), settings.create(), settings.schedule(),
                at.parameters(), at.step(), NetworkRun.DEFAULT_CAPACITY), trace);
    }

    @Override
    protected void recordCurrent(long step) {
        NetworkState s = run.current();
        trace.record(step, s.cost(), s.w1(), s.b1(), s.w2(), s.b2());
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
    public NetworkSnapshot snapshot(boolean playing, double learningRate) {
        NetworkState s = run.current();
        GradientCheck check = !playing || data.size() <= LIVE_CHECK_PAIRS
                ? GradientCheck.of(checkProblem, s.parameters())
                : null;
        ChainRule rule = ChainRule.of(s, data.x()[0], data.y()[0], cost, data.size());
        // The peek and its cost are for Predict mode, which asks only while paused: not worked out while playing.
        NetworkParameters next = playing || run.isDiverged() ? null : run.peekNext(learningRate);
        double nextCost = Double.NaN;
        if (next != null) {
            checkProblem.evaluate(next.toArray());
            nextCost = checkProblem.meanCost();
        }
        return new NetworkSnapshot(s, rule, check, traceShown(), run.isDiverged(), run.divergedAt(),
                run.isKept(s.step() - 1), playing, learningRate, next, nextCost,
                run.schedule().isConstant() || !run.isKept(s.step() - 1) ? Double.NaN : run.scheduledRateAt(s.step() - 1));
    }

    @Override
    protected double[] traceValues(long step) {
        NetworkState s = run.state(step);
        return new double[] {s.cost(), s.w1(), s.b1(), s.w2(), s.b2()};
    }

    @Override
    public StepsTable keptSteps() {
        // Every kept step, also while the timeline shows an earlier one.
        return keptTable(StepsTable.NETWORK, (k, row) -> {
            NetworkState s = run.state(k);
            double[] values = {s.w1(), s.b1(), s.w2(), s.b2(), s.z1(), s.a1(), s.z2(), s.yhat(), s.cost(), s.delta2(),
                s.delta1(), s.gradW1(), s.gradB1(), s.gradW2(), s.gradB2()};
            System.arraycopy(values, 0, row, 0, values.length);
        });
    }
}
