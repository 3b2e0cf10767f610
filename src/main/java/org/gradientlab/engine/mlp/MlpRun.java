package org.gradientlab.engine.mlp;

import org.gradientlab.engine.HistoryBudget;
import org.gradientlab.engine.RecordableStepper;
import org.gradientlab.engine.RecordedRun;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * Training a multi-layer network with a recorded history (SPEC section 7): each step's parameters,
 * cost, accuracy, per-layer gradient norms, gradient and optimizer state, so that step back and the
 * timeline restore everything. Stops at divergence as every {@link RecordedRun} does.
 * Not thread-safe: one thread owns a run.
 */
public final class MlpRun extends RecordedRun {

    /** The most rows kept, whatever the width; a wide network keeps fewer (see {@link HistoryBudget}). */
    static final int MAX_ROWS = 1 << 18;

    private final MlpStepper stepper;
    private final int parameterCount;
    private final int layers;

    /** Starts at these parameters as step {@code startStep} with zero optimizer state (t counts from 1 after it). */
    public MlpRun(MlpProblem problem, Optimizer optimizer, Schedule schedule, double[] start, long startStep) {
        this(new MlpStepper(problem, optimizer, schedule, start, startStep));
    }

    private MlpRun(MlpStepper stepper) {
        super(stepper, MAX_ROWS);
        this.stepper = stepper;
        this.parameterCount = stepper.problem().layout().parameterCount();
        this.layers = stepper.problem().layout().layerCount();
    }

    /** The stepper at the current (shown) step: its parameters, cost, accuracy and gradient. */
    public MlpStepper stepper() {
        return stepper;
    }

    /** The current step. */
    public long step() {
        return stepper.step();
    }

    /** A kept step's parameters, in the layout's order, into dst. */
    public void parametersAt(long step, double[] dst) {
        copy(step, 0, dst);
    }

    /** A kept step's mean cost, L2 term included. */
    public double costAt(long step) {
        return get(step, parameterCount);
    }

    /** A kept step's accuracy. */
    public double accuracyAt(long step) {
        return get(step, parameterCount + 1);
    }

    /** A kept step's norm of dC/dW_l, l = 1..L. */
    public double gradientNormAt(long step, int layer) {
        if (layer < 1 || layer > layers) {
            throw new IllegalArgumentException("layer " + layer + " of 1.." + layers);
        }
        return get(step, parameterCount + 1 + layer);
    }

    /**
     * The batch of updates, its loop written out here with this run's stepper as its own class (as in
     * every lesson's run: see {@link RecordedRun}'s {@code canUpdateFrom}); exactly {@code max} calls of
     * {@link #step} with {@code after} between them.
     */
    @Override
    public int steps(double learningRate, int max, AfterStep after) {
        MlpStepper s = stepper;
        for (int i = 0; i < max; i++) {
            long from = s.step();
            if (!canUpdateFrom(from)) {
                return i;
            }
            s.update(learningRate);
            if (!s.isFinite()) {
                refuse(from);
                return i;
            }
            s.writeRow(newestRows(), keep(from, learningRate));
            if (after.stop()) {
                return i + 1;
            }
        }
        return max;
    }
}
