package org.gradientlab.engine.network;

import static org.gradientlab.engine.network.NetworkParameters.B1;
import static org.gradientlab.engine.network.NetworkParameters.B2;
import static org.gradientlab.engine.network.NetworkParameters.COUNT;
import static org.gradientlab.engine.network.NetworkParameters.W1;
import static org.gradientlab.engine.network.NetworkParameters.W2;

import org.gradientlab.engine.RecordableStepper;
import org.gradientlab.engine.optim.GradientDescent;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * The bare training loop of the two-node network: four parameters updated together by an
 * optimizer (SPEC section 2) from the mean gradient of a {@link NetworkProblem}, no history.
 * Allocation-free per update, so the headless command can go flat out.
 * Not thread-safe: one thread owns a stepper.
 */
public final class NetworkStepper implements RecordableStepper {

    /** Columns of a recorded row after the four parameters, then the optimizer state. */
    static final int Z1 = 4;
    static final int A1 = 5;
    static final int Z2 = 6;
    static final int YHAT = 7;
    static final int COST = 8;
    static final int DELTA2 = 9;
    static final int DELTA1 = 10;
    static final int GRAD = 11;
    static final int STATE = GRAD + COUNT;

    private final NetworkProblem problem;
    private final Optimizer optimizer;
    private final Schedule schedule;
    private final double[] params = new double[COUNT];
    /** The mean dC/dw1, dC/db1, dC/dw2, dC/db2 at params. */
    private final double[] gradient = new double[COUNT];
    private final double[] optimizerState;
    private final double[] peekParams = new double[COUNT];
    private final double[] peekState;
    private long step;
    /** The step this stepper started at: its optimizer counts t from 1 after it. */
    private final long startStep;

    /** Starts at these parameters with zero optimizer state, and evaluates the problem there. */
    public NetworkStepper(NetworkProblem problem, Optimizer optimizer, NetworkParameters start) {
        this(problem, optimizer, start, 0);
    }

    /** Starts at these parameters with zero optimizer state, each update's rate taken from the schedule (SPEC section 2). */
    public NetworkStepper(NetworkProblem problem, Optimizer optimizer, Schedule schedule, NetworkParameters start) {
        this(problem, optimizer, schedule, start, 0);
    }

    /**
     * Starts at these parameters as step {@code startStep} (a branch with another optimizer goes on
     * numbering the steps of the run it left) with zero optimizer state; the optimizer's t is 1 for
     * the update after startStep, exactly as for a fresh run started there.
     */
    public NetworkStepper(NetworkProblem problem, Optimizer optimizer, NetworkParameters start, long startStep) {
        this(problem, optimizer, Schedule.CONSTANT, start, startStep);
    }

    /**
     * As {@link #NetworkStepper(NetworkProblem, Optimizer, NetworkParameters, long)}, with each update's
     * rate taken from the schedule at the optimizer's t (SPEC section 2).
     */
    public NetworkStepper(NetworkProblem problem, Optimizer optimizer, Schedule schedule, NetworkParameters start,
                          long startStep) {
        this.problem = problem;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.optimizerState = new double[COUNT * optimizer.stateSize()];
        this.peekState = new double[optimizerState.length];
        this.startStep = startStep;
        moveTo(startStep, start.toArray(), optimizerState);
    }

    /** The step this stepper started at (0 unless it is a branch with another optimizer). */
    public long startStep() {
        return startStep;
    }

    /** One simultaneous update of all four parameters, then the problem at the new ones. */
    @Override
    public void update(double learningRate) {
        step++;
        long t = step - startStep;
        double rate = schedule.rate(learningRate, t);
        if (optimizer instanceof GradientDescent) {
            // Plain descent, SPEC section 2's w - lr*g, on the values in hand: the new parameters go
            // straight into the forward pass instead of being written to the array and read back.
            double w1 = params[W1] - rate * gradient[W1];
            double b1 = params[B1] - rate * gradient[B1];
            double w2 = params[W2] - rate * gradient[W2];
            double b2 = params[B2] - rate * gradient[B2];
            params[W1] = w1;
            params[B1] = b1;
            params[W2] = w2;
            params[B2] = b2;
            problem.evaluate(w1, b1, w2, b2, gradient);
            return;
        }
        optimizer.update(params, gradient, rate, optimizerState, t);
        evaluate();
    }

    /** The parameters that {@link #update} would reach at this rate, without changing anything. */
    public NetworkParameters peekUpdate(double learningRate) {
        System.arraycopy(params, 0, peekParams, 0, COUNT);
        System.arraycopy(optimizerState, 0, peekState, 0, peekState.length);
        long t = step - startStep + 1;
        optimizer.update(peekParams, gradient, schedule.rate(learningRate, t), peekState, t);
        return NetworkParameters.of(peekParams);
    }

    /** Puts the stepper at a recorded point: step count, parameters and optimizer state (both copied). */
    public void moveTo(long step, double[] params, double[] state) {
        this.step = step;
        System.arraycopy(params, 0, this.params, 0, COUNT);
        System.arraycopy(state, 0, optimizerState, 0, optimizerState.length);
        evaluate();
    }

    private void evaluate() {
        problem.evaluate(params[W1], params[B1], params[W2], params[B2], gradient);
    }

    /** Updates made so far. */
    @Override
    public long step() {
        return step;
    }

    /** One parameter, by index ({@link NetworkParameters#W1} ... {@link NetworkParameters#B2}). */
    public double param(int index) {
        return params[index];
    }

    /** The mean dC/dparam for one parameter index. */
    public double gradient(int index) {
        return gradient[index];
    }

    /** The problem, evaluated at the current parameters: cost and the first pair's values. */
    public NetworkProblem problem() {
        return problem;
    }

    /** True when the parameters, cost, gradient and first pair's values are all finite (SPEC section 5). */
    @Override
    public boolean isFinite() {
        return Double.isFinite(params[W1]) && Double.isFinite(params[B1]) && Double.isFinite(params[W2])
                && Double.isFinite(params[B2]) && problem.isFinite();
    }

    /** The current state as an immutable row. */
    public NetworkState state() {
        return new NetworkState(step, params[W1], params[B1], params[W2], params[B2], problem.z1(), problem.a1(),
                problem.z2(), problem.yhat(), problem.meanCost(), problem.delta2(), problem.delta1(),
                gradient[W1], gradient[B1], gradient[W2], gradient[B2]);
    }

    @Override
    public int rowWidth() {
        return STATE + optimizerState.length;
    }

    @Override
    public void writeRow(double[] row, int offset) {
        System.arraycopy(params, 0, row, offset, COUNT);
        row[offset + Z1] = problem.z1();
        row[offset + A1] = problem.a1();
        row[offset + Z2] = problem.z2();
        row[offset + YHAT] = problem.yhat();
        row[offset + COST] = problem.meanCost();
        row[offset + DELTA2] = problem.delta2();
        row[offset + DELTA1] = problem.delta1();
        System.arraycopy(gradient, 0, row, offset + GRAD, COUNT);
        System.arraycopy(optimizerState, 0, row, offset + STATE, optimizerState.length);
    }

    @Override
    public void restoreRow(long step, double[] row, int offset) {
        this.step = step;
        System.arraycopy(row, offset, params, 0, COUNT);
        System.arraycopy(row, offset + STATE, optimizerState, 0, optimizerState.length);
        evaluate();
    }

    /** The optimizer's state values (v, s, m), copied into dst. */
    public void copyOptimizerState(double[] dst) {
        System.arraycopy(optimizerState, 0, dst, 0, optimizerState.length);
    }

    /** How many optimizer state values there are (four times the optimizer's per parameter). */
    public int optimizerStateSize() {
        return optimizerState.length;
    }

    /** The optimizer in use. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The learning-rate schedule in use. */
    public Schedule schedule() {
        return schedule;
    }
}
