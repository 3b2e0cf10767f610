package org.gradientlab.engine.descent;

import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.HistoryBudget;
import org.gradientlab.engine.RecordableStepper;
import org.gradientlab.engine.RecordedRun;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * Gradient descent on f(w) that records its history: each step's w (f(w) and f'(w) are worked out
 * again when read), the learning rate of the update that followed, and the optimizer's state, so that step back restores
 * everything. A run stops at divergence (SPEC section 5): the update that would make w, f or f'
 * non-finite is not taken, and the run says at which step it happened; a later update at another
 * rate may go on from the last finite state.
 * Not thread-safe: one thread owns a run.
 */
public final class DescentRun extends RecordedRun {

    /** The most rows kept for step back and the table; wide rows keep fewer ({@link HistoryBudget}). */
    public static final int DEFAULT_CAPACITY = 1 << 19;

    private final DescentStepper stepper;

    /** Starts at w0; if f or f' is not finite there, the run is diverged at step 0. */
    public DescentRun(DifferentiableFunction function, Optimizer optimizer, double w0) {
        this(function, optimizer, w0, DEFAULT_CAPACITY);
    }

    /** As above, keeping at most {@code capacity} rows. */
    public DescentRun(DifferentiableFunction function, Optimizer optimizer, double w0, int capacity) {
        this(function, optimizer, w0, 0, capacity);
    }

    /**
     * A run that starts at w0 as step {@code startStep}, with zero optimizer state and the
     * optimizer's t counting from 1 after it: a branch with another optimizer. Step for step it
     * is exactly a fresh run started at w0, its steps numbered from startStep.
     */
    public DescentRun(DifferentiableFunction function, Optimizer optimizer, double w0, long startStep, int capacity) {
        this(function, optimizer, Schedule.CONSTANT, w0, startStep, capacity);
    }

    /** As above, each update's rate taken from the schedule at the optimizer's t (SPEC section 2). */
    public DescentRun(DifferentiableFunction function, Optimizer optimizer, Schedule schedule, double w0,
                      long startStep, int capacity) {
        this(new DescentStepper(function, optimizer, schedule, w0, startStep), capacity);
    }

    private DescentRun(DescentStepper stepper, int capacity) {
        super(stepper, capacity);
        this.stepper = stepper;
    }

    /** The step this run started at (0 unless it is a branch with another optimizer). */
    public long startStep() {
        return stepper.startStep();
    }

    /** The w the next update would reach at this rate (for the step arrow); changes nothing. */
    public double peekNextW(double learningRate) {
        return stepper.peekUpdate(learningRate);
    }

    /** The current state. */
    public DescentState current() {
        return stepper.state();
    }

    /** f'(w) at the current w, without making a state record (checked after every update while playing). */
    public double grad() {
        return stepper.grad();
    }

    /** The recorded state of a kept step (f and f' worked out again at its w). */
    public DescentState state(long step) {
        return stepper.stateAt(step, get(step, DescentStepper.W));
    }

    /** The optimizer state recorded at this step, copied into dst (length {@link #optimizerStateSize()}). */
    public void optimizerStateAt(long step, double[] dst) {
        copy(step, DescentStepper.STATE, dst);
    }

    /** Optimizer state values per step. */
    public int optimizerStateSize() {
        return stepper.optimizerStateSize();
    }

    /**
     * The batch of updates, its loop written out here with this run's stepper as its own class (as in
     * every lesson's run: see {@link RecordedRun}'s {@code canUpdateFrom}); exactly {@code max} calls of
     * {@link #step} with {@code after} between them.
     */
    @Override
    public int steps(double learningRate, int max, AfterStep after) {
        DescentStepper s = stepper;
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
