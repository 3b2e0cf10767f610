package org.gradientlab.engine.mlp;

import org.gradientlab.engine.RecordableStepper;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * The bare training loop of a multi-layer network: every weight and bias updated together by an
 * optimizer of SPEC section 2 at the scheduled rate, from the mean gradient of an {@link MlpProblem}.
 * Allocation-free per update, so the command and an app runner can go flat out.
 * Not thread-safe: one thread owns a stepper.
 */
public final class MlpStepper implements RecordableStepper {

    private final MlpProblem problem;
    private final Optimizer optimizer;
    private final Schedule schedule;
    private final int parameterCount;
    private final int layers;
    private final double[] params;
    /** The mean dC/dparam at params, L2 term included. */
    private final double[] gradient;
    private final double[] optimizerState;
    /** Scratch for {@link #peekUpdate}: the optimizer state the peeked update would leave. */
    private final double[] peekState;
    private long step;
    /** The step this stepper started at: its optimizer and schedule count t from 1 after it. */
    private final long startStep;

    /** Starts at these parameters (copied), in the layout's order, as step 0 with zero optimizer state. */
    public MlpStepper(MlpProblem problem, Optimizer optimizer, Schedule schedule, double[] start) {
        this(problem, optimizer, schedule, start, 0);
    }

    /** As above as step {@code startStep} (a branch with a fresh optimizer: t is 1 for the update after it). */
    public MlpStepper(MlpProblem problem, Optimizer optimizer, Schedule schedule, double[] start, long startStep) {
        this.problem = problem;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.parameterCount = problem.layout().parameterCount();
        this.layers = problem.layout().layerCount();
        if (start.length != parameterCount) {
            throw new IllegalArgumentException(start.length + " parameters for a network of " + parameterCount);
        }
        this.params = start.clone();
        this.gradient = new double[parameterCount];
        this.optimizerState = new double[parameterCount * optimizer.stateSize()];
        this.peekState = new double[optimizerState.length];
        this.startStep = startStep;
        this.step = startStep;
        problem.evaluate(params, gradient);
    }

    @Override
    public void update(double learningRate) {
        long t = step - startStep + 1;
        optimizer.update(params, gradient, schedule.rate(learningRate, t), optimizerState, t);
        step++;
        problem.evaluate(params, gradient);
    }

    /**
     * The parameters the next update at this rate would reach, into {@code paramsOut}; changes
     * nothing (the same optimizer call on copies of the parameters and the state).
     */
    public void peekUpdate(double learningRate, double[] paramsOut) {
        long t = step - startStep + 1;
        System.arraycopy(params, 0, paramsOut, 0, parameterCount);
        System.arraycopy(optimizerState, 0, peekState, 0, peekState.length);
        optimizer.update(paramsOut, gradient, schedule.rate(learningRate, t), peekState, t);
    }

    /** Copies the current parameters, in the layout's order, into dst. */
    public void copyParams(double[] dst) {
        System.arraycopy(params, 0, dst, 0, parameterCount);
    }

    @Override
    public long step() {
        return step;
    }

    /** The problem, evaluated at the current parameters. */
    public MlpProblem problem() {
        return problem;
    }

    /** One parameter, by its index in the layout. */
    public double param(int index) {
        return params[index];
    }

    /** The mean dC/dparam, by the parameter's index in the layout. */
    public double gradient(int index) {
        return gradient[index];
    }

    /** The mean cost, L2 term included. */
    public double cost() {
        return problem.meanCost();
    }

    /** The share of pairs classified right. */
    public double accuracy() {
        return problem.accuracy();
    }

    /** The Euclidean norm of dC/dW_l, l = 1..L. */
    public double gradientNorm(int layer) {
        return problem.gradientNorm(layer);
    }

    /** True when the parameters, the cost, the gradient and its norms are all finite (SPEC section 8). */
    @Override
    public boolean isFinite() {
        if (!Double.isFinite(problem.meanCost())) {
            return false;
        }
        for (int k = 0; k < parameterCount; k++) {
            if (!Double.isFinite(params[k]) || !Double.isFinite(gradient[k])) {
                return false;
            }
        }
        for (int l = 1; l <= layers; l++) {
            if (!Double.isFinite(problem.gradientNorm(l))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parameters, cost, accuracy, the L norms, then the optimizer state. The gradient is not kept:
     * {@link #restoreRow} works it out again at the parameters, and nothing else reads it.
     */
    @Override
    public int rowWidth() {
        return parameterCount + 2 + layers + optimizerState.length;
    }

    @Override
    public void writeRow(double[] row, int offset) {
        System.arraycopy(params, 0, row, offset, parameterCount);
        int at = offset + parameterCount;
        row[at++] = problem.meanCost();
        row[at++] = problem.accuracy();
        for (int l = 1; l <= layers; l++) {
            row[at++] = problem.gradientNorm(l);
        }
        System.arraycopy(optimizerState, 0, row, at, optimizerState.length);
    }

    @Override
    public void restoreRow(long step, double[] row, int offset) {
        this.step = step;
        System.arraycopy(row, offset, params, 0, parameterCount);
        int stateAt = offset + parameterCount + 2 + layers;
        System.arraycopy(row, stateAt, optimizerState, 0, optimizerState.length);
        problem.evaluate(params, gradient);
    }

    /** The optimizer in use. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The step this stepper started at (0 unless it is a branch with a fresh optimizer). */
    @Override
    public long startStep() {
        return startStep;
    }

    /** The learning-rate schedule in use. */
    public Schedule schedule() {
        return schedule;
    }
}
