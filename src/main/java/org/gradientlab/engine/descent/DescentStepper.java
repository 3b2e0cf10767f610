package org.gradientlab.engine.descent;

import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.RecordableStepper;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * The bare loop of gradient descent on f(w): one parameter, an optimizer and its state, no history.
 * Allocation-free per update, so the headless command and the app's runner can go flat out.
 * Not thread-safe: one thread owns a stepper.
 */
public final class DescentStepper implements RecordableStepper {

    /**
     * Columns of a recorded row: w, then the optimizer state. f(w) and f'(w) are not kept: evaluating
     * f at the row's w gives them again, the same bits (half a million rows of them were 8 MiB).
     */
    static final int W = 0;
    static final int STATE = 1;

    private final DifferentiableFunction function;
    private final Optimizer optimizer;
    private final Schedule schedule;
    private final double[] w = new double[1];
    /** df/dw at w. */
    private final double[] grad = new double[1];
    private final double[] optimizerState;
    private final double[] peekW = new double[1];
    private final double[] peekState;
    private double value;
    private long step;
    /** The step this stepper started at: its optimizer counts t from 1 after it. */
    private final long startStep;

    /** Starts at w0 with zero optimizer state, and evaluates f and f' there. */
    public DescentStepper(DifferentiableFunction function, Optimizer optimizer, double w0) {
        this(function, optimizer, w0, 0);
    }

    /** Starts at w0 with zero optimizer state, each update's rate taken from the schedule (SPEC section 2). */
    public DescentStepper(DifferentiableFunction function, Optimizer optimizer, Schedule schedule, double w0) {
        this(function, optimizer, schedule, w0, 0);
    }

    /**
     * Starts at w0 as step {@code startStep} (a branch with another optimizer goes on numbering the
     * steps of the run it left) with zero optimizer state: the optimizer's t is 1 for the update
     * after startStep, exactly as for a fresh run started at w0.
     */
    public DescentStepper(DifferentiableFunction function, Optimizer optimizer, double w0, long startStep) {
        this(function, optimizer, Schedule.CONSTANT, w0, startStep);
    }

    /**
     * As {@link #DescentStepper(DifferentiableFunction, Optimizer, double, long)}, with each update's
     * rate taken from the schedule at the optimizer's t (SPEC section 2).
     */
    public DescentStepper(DifferentiableFunction function, Optimizer optimizer, Schedule schedule, double w0,
                          long startStep) {
        this.function = function;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.optimizerState = new double[optimizer.stateSize()];
        this.peekState = new double[optimizerState.length];
        this.startStep = startStep;
        moveTo(startStep, w0, optimizerState);
    }

    /** The optimizer's step counter for the next update: 1 for the first update after the start. */
    private long nextT() {
        return step - startStep + 1;
    }

    /** The step this stepper started at (0 unless it is a branch with another optimizer). */
    public long startStep() {
        return startStep;
    }

    /** One update with the given learning rate, then f and f' at the new w. */
    @Override
    public void update(double learningRate) {
        long t = nextT();
        optimizer.update(w, grad, schedule.rate(learningRate, t), optimizerState, t);
        step++;
        evaluate();
    }

    /** The w that {@link #update} would reach at this rate, without changing anything. */
    public double peekUpdate(double learningRate) {
        peekW[0] = w[0];
        System.arraycopy(optimizerState, 0, peekState, 0, peekState.length);
        long t = nextT();
        optimizer.update(peekW, grad, schedule.rate(learningRate, t), peekState, t);
        return peekW[0];
    }

    /** Puts the stepper at a recorded point: step count, w and optimizer state (copied). */
    public void moveTo(long step, double w, double[] state) {
        this.step = step;
        this.w[0] = w;
        System.arraycopy(state, 0, optimizerState, 0, optimizerState.length);
        evaluate();
    }

    private void evaluate() {
        function.evaluate(w[0]);
        value = function.value();
        grad[0] = function.derivative();
    }

    /** Updates made so far. */
    @Override
    public long step() {
        return step;
    }

    /** The parameter. */
    public double w() {
        return w[0];
    }

    /** f(w). */
    public double value() {
        return value;
    }

    /** f'(w). */
    public double grad() {
        return grad[0];
    }

    /** True when w, f(w) and f'(w) are all finite (SPEC section 5: otherwise the run has diverged). */
    @Override
    public boolean isFinite() {
        return Double.isFinite(w[0]) && Double.isFinite(value) && Double.isFinite(grad[0]);
    }

    @Override
    public int rowWidth() {
        return STATE + optimizerState.length;
    }

    @Override
    public void writeRow(double[] row, int offset) {
        row[offset + W] = w[0];
        System.arraycopy(optimizerState, 0, row, offset + STATE, optimizerState.length);
    }

    @Override
    public void restoreRow(long step, double[] row, int offset) {
        this.step = step;
        this.w[0] = row[offset + W];
        System.arraycopy(row, offset + STATE, optimizerState, 0, optimizerState.length);
        evaluate();
    }

    /** The current state as an immutable row. */
    public DescentState state() {
        return new DescentState(step, w[0], value, grad[0]);
    }

    /** The state of a recorded step at {@code recordedW}: f and f' evaluated there; changes nothing here. */
    DescentState stateAt(long recordedStep, double recordedW) {
        function.evaluate(recordedW);
        return new DescentState(recordedStep, recordedW, function.value(), function.derivative());
    }

    /** The optimizer's state values (v, s, m), copied into dst. */
    public void copyOptimizerState(double[] dst) {
        System.arraycopy(optimizerState, 0, dst, 0, optimizerState.length);
    }

    /** How many optimizer state values there are. */
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
