package org.gradientlab.engine.network;

import static org.gradientlab.engine.network.NetworkParameters.B1;
import static org.gradientlab.engine.network.NetworkParameters.B2;
import static org.gradientlab.engine.network.NetworkParameters.W1;
import static org.gradientlab.engine.network.NetworkParameters.W2;

import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.HistoryBudget;
import org.gradientlab.engine.RecordableStepper;
import org.gradientlab.engine.RecordedRun;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * Training the two-node network with a recorded history: each step's parameters, mean cost and
 * gradient (the first pair's forward and backward values are worked out again when read), the
 * learning rate of the update that followed, and the optimizer's state, so that step back restores
 * everything. A run stops at divergence (SPEC section 5): the update that would make any value of
 * a row non-finite is not taken, and the run says at which step it happened; a later update at
 * another rate may go on from the last finite state. Not thread-safe: one thread owns a run.
 */
public final class NetworkRun extends RecordedRun {

    /** The most rows kept for step back and the table; wide rows keep fewer ({@link HistoryBudget}). */
    public static final int DEFAULT_CAPACITY = 1 << 18;

    private final NetworkStepper stepper;

    /** Starts at these parameters; if any value there is not finite, the run is diverged at step 0. */
    public NetworkRun(NetworkProblem problem, Optimizer optimizer, NetworkParameters start) {
        this(problem, optimizer, start, DEFAULT_CAPACITY);
    }

    /** As above, keeping at most {@code capacity} rows. */
    public NetworkRun(NetworkProblem problem, Optimizer optimizer, NetworkParameters start, int capacity) {
        this(problem, optimizer, start, 0, capacity);
    }

    /**
     * A run that starts at these parameters as step {@code startStep}, with zero optimizer state and
     * the optimizer's t counting from 1 after it: a branch with another optimizer. Step for step it is
     * exactly a fresh run started there, its steps numbered from startStep.
     */
    public NetworkRun(NetworkProblem problem, Optimizer optimizer, NetworkParameters start, long startStep,
                      int capacity) {
        this(problem, optimizer, Schedule.CONSTANT, start, startStep, capacity);
    }

    /** As above, each update's rate taken from the schedule at the optimizer's t (SPEC section 2). */
    public NetworkRun(NetworkProblem problem, Optimizer optimizer, Schedule schedule, NetworkParameters start,
                      long startStep, int capacity) {
        this(new NetworkStepper(problem, optimizer, schedule, start, startStep), capacity);
    }

    private NetworkRun(NetworkStepper stepper, int capacity) {
        super(stepper, capacity);
        this.stepper = stepper;
    }

    /** The parameters the next update would reach at this rate; changes nothing. */
    public NetworkParameters peekNext(double learningRate) {
        return stepper.peekUpdate(learningRate);
    }

    /** Updates made so far (the current step), without making a state record. */
    public long step() {
        return stepper.step();
    }

    /** The current state. */
    public NetworkState current() {
        return stepper.state();
    }

    /** The recorded state of a kept step; the first pair's values from one pass at its parameters. */
    public NetworkState state(long step) {
        double w1 = value(step, W1);
        double b1 = value(step, B1);
        double w2 = value(step, W2);
        double b2 = value(step, B2);
        DataSet data = stepper.problem().data();
        NetworkPass first = TwoNodeNetwork.pass(data.x()[0], data.y()[0], w1, b1, w2, b2, stepper.problem().cost());
        return new NetworkState(step, w1, b1, w2, b2, first.z1(), first.a1(), first.z2(), first.yhat(),
                value(step, NetworkStepper.COST), first.delta2(), first.delta1(),
                value(step, NetworkStepper.GRAD + W1), value(step, NetworkStepper.GRAD + B1),
                value(step, NetworkStepper.GRAD + W2), value(step, NetworkStepper.GRAD + B2));
    }

    private double value(long step, int column) {
        return get(step, column);
    }

    /** The problem the run trains on. */
    public NetworkProblem problem() {
        return stepper.problem();
    }

    /** The optimizer state recorded at this step, copied into dst (length {@link #optimizerStateSize()}). */
    public void optimizerStateAt(long step, double[] dst) {
        copy(step, NetworkStepper.STATE, dst);
    }

    /** Optimizer state values per step, for all four parameters. */
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
        NetworkStepper s = stepper;
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
