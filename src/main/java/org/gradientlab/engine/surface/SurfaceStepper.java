package org.gradientlab.engine.surface;

import org.gradientlab.engine.Lcg48Random;
import org.gradientlab.engine.RecordableStepper;
import org.gradientlab.engine.TwoVariableFunction;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * The bare loop of descent on f(w1, w2), SPEC section 6: both parameters updated together by an
 * optimizer of section 2 at the scheduled rate, from the exact gradient or, with noise, from
 * g_i + S*z_i (z1 then z2 per update, section 4b). Allocation-free per update. The noise generator's
 * state is part of each recorded row, so step back and a branch draw what the run would have.
 * Not thread-safe: one thread owns a stepper.
 */
public final class SurfaceStepper implements RecordableStepper {

    /**
     * Columns of a recorded row: w1, w2, the noise generator's state, the optimizer state. f and its
     * partials are not kept: evaluating f at the row's (w1, w2) gives them again, the same bits.
     */
    static final int W1 = 0;
    static final int W2 = 1;
    /** The 48-bit generator state, exact in a double. */
    static final int NOISE_STATE = 2;
    static final int STATE = 3;

    private final TwoVariableFunction function;
    private final Optimizer optimizer;
    private final Schedule schedule;
    private final double noiseScale;
    private final Lcg48Random noise;
    private final double[] params = new double[2];
    /** The exact df/dw1, df/dw2 at params. */
    private final double[] gradient = new double[2];
    /** The gradient the next update uses: with noise, g_i + S*z_i. */
    private final double[] usedGradient = new double[2];
    private final double[] optimizerState;
    private final double[] peekState;
    private double value;
    private long step;
    /** The step this stepper started at: its optimizer and schedule count t from 1 after it. */
    private final long startStep;

    /** Starts at (w1, w2) as step 0 with zero optimizer state and the noise generator fresh from its seed. */
    public SurfaceStepper(TwoVariableFunction function, Optimizer optimizer, Schedule schedule, SurfaceNoise noise,
                          double w1, double w2) {
        this(function, optimizer, schedule, noise, w1, w2, 0, new Lcg48Random(noise.seed()).state());
    }

    /**
     * Starts at (w1, w2) as step {@code startStep} with zero optimizer state (a branch with a fresh
     * optimizer: t is 1 for the update after startStep) and the noise generator at {@code noiseState},
     * as {@link #noiseState()} read it from the run it leaves.
     */
    public SurfaceStepper(TwoVariableFunction function, Optimizer optimizer, Schedule schedule, SurfaceNoise noise,
                          double w1, double w2, long startStep, long noiseState) {
        this.function = function;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.noiseScale = noise.scale();
        this.noise = new Lcg48Random(noise.seed());
        this.noise.setState(noiseState);
        this.optimizerState = new double[2 * optimizer.stateSize()];
        this.peekState = new double[optimizerState.length];
        this.startStep = startStep;
        this.step = startStep;
        params[W1] = w1;
        params[W2] = w2;
        evaluate();
    }

    /** One simultaneous update of w1 and w2 at the scheduled rate, then f and its gradient there. */
    @Override
    public void update(double learningRate) {
        long t = step - startStep + 1;
        optimizer.update(params, gradientForUpdate(), schedule.rate(learningRate, t), optimizerState, t);
        step++;
        evaluate();
    }

    /** The exact gradient, or with noise g_i + S*z_i, z1 drawn before z2. */
    private double[] gradientForUpdate() {
        if (noiseScale == 0) {
            return gradient;
        }
        usedGradient[W1] = gradient[W1] + noiseScale * noise.nextTwelveUniformNormal();
        usedGradient[W2] = gradient[W2] + noiseScale * noise.nextTwelveUniformNormal();
        return usedGradient;
    }

    /** The (w1, w2) that {@link #update} would reach at this rate, into {@code w}; changes nothing. */
    public void peekUpdate(double learningRate, double[] w) {
        long noiseBefore = noise.state();
        w[W1] = params[W1];
        w[W2] = params[W2];
        System.arraycopy(optimizerState, 0, peekState, 0, peekState.length);
        long t = step - startStep + 1;
        optimizer.update(w, gradientForUpdate(), schedule.rate(learningRate, t), peekState, t);
        noise.setState(noiseBefore);
    }

    private void evaluate() {
        function.evaluate(params[W1], params[W2]);
        value = function.value();
        gradient[W1] = function.partialW1();
        gradient[W2] = function.partialW2();
    }

    @Override
    public long step() {
        return step;
    }

    /** The step this stepper started at (0 unless it is a branch with another optimizer). */
    public long startStep() {
        return startStep;
    }

    /** The first parameter. */
    public double w1() {
        return params[W1];
    }

    /** The second parameter. */
    public double w2() {
        return params[W2];
    }

    /** f(w1, w2). */
    public double value() {
        return value;
    }

    /** The exact df/dw1. */
    public double g1() {
        return gradient[W1];
    }

    /** The exact df/dw2. */
    public double g2() {
        return gradient[W2];
    }

    /** The noise generator's 48-bit state, before the next update's draws. */
    public long noiseState() {
        return noise.state();
    }

    /** True when w1, w2, f and both partials are finite (SPEC section 8: otherwise the run has diverged). */
    @Override
    public boolean isFinite() {
        return Double.isFinite(params[W1]) && Double.isFinite(params[W2]) && Double.isFinite(value)
                && Double.isFinite(gradient[W1]) && Double.isFinite(gradient[W2]);
    }

    @Override
    public int rowWidth() {
        return STATE + optimizerState.length;
    }

    @Override
    public void writeRow(double[] row, int offset) {
        row[offset + W1] = params[W1];
        row[offset + W2] = params[W2];
        row[offset + NOISE_STATE] = noise.state();
        System.arraycopy(optimizerState, 0, row, offset + STATE, optimizerState.length);
    }

    @Override
    public void restoreRow(long step, double[] row, int offset) {
        this.step = step;
        params[W1] = row[offset + W1];
        params[W2] = row[offset + W2];
        noise.setState((long) row[offset + NOISE_STATE]);
        System.arraycopy(row, offset + STATE, optimizerState, 0, optimizerState.length);
        evaluate();
    }

    /** The current state as an immutable row. */
    public SurfaceState state() {
        return new SurfaceState(step, params[W1], params[W2], value, gradient[W1], gradient[W2]);
    }

    /** The state of a recorded step at (w1, w2): f and its partials evaluated there; changes nothing here. */
    SurfaceState stateAt(long recordedStep, double w1, double w2) {
        function.evaluate(w1, w2);
        return new SurfaceState(recordedStep, w1, w2, function.value(), function.partialW1(), function.partialW2());
    }

    /** The optimizer's state values, (v, s, m) per parameter, copied into dst. */
    public void copyOptimizerState(double[] dst) {
        System.arraycopy(optimizerState, 0, dst, 0, optimizerState.length);
    }

    /** How many optimizer state values there are (for both parameters). */
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
