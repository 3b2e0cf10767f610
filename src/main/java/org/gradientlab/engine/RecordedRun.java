package org.gradientlab.engine;

import org.gradientlab.engine.optim.Schedule;

/**
 * A stepper's run with its history: each step's row, the learning rate of the update that
 * followed, and so step back that restores everything. A run stops at divergence (SPEC section 5):
 * the update that would make a row non-finite is not taken, and the run says at which step it
 * happened; a later update at another rate may go on from the last finite state. The lessons' runs
 * extend it with what their rows mean. Not thread-safe: one thread owns a run.
 */
public class RecordedRun implements KeptRun {

    private final RecordableStepper stepper;
    private final RunHistory history;
    private final RecordedRates rates = new RecordedRates();
    private final double[] row;
    private long divergedAt = -1;

    /**
     * Records the stepper's current state as the first row; if it is not finite, the run is diverged
     * there. Keeps at most {@code capacity} rows, and no more than {@link HistoryBudget} allows for
     * the stepper's row width.
     */
    public RecordedRun(RecordableStepper stepper, int capacity) {
        this.stepper = stepper;
        this.row = new double[stepper.rowWidth()];
        this.history = new RunHistory(row.length, HistoryBudget.rows(row.length, capacity));
        if (stepper.isFinite()) {
            record(stepper);
        } else {
            divergedAt = stepper.step();
        }
    }

    /** Writes the stepper's row straight into the history: no copy per step. */
    private void record(RecordableStepper s) {
        int slot = history.appendSlot(s.step());
        s.writeRow(history.array(), slot);
    }

    /** What a batch of updates ({@link #steps}) does after each one taken. */
    @FunctionalInterface
    public interface AfterStep {
        /** After an update was taken: the caller's own bookkeeping; true to stop the batch here. */
        boolean stop();
    }

    /**
     * Up to {@code max} updates with this learning rate, exactly as that many calls of {@link #step}
     * would make them, calling {@code after} after each one taken; stops after an update that could
     * not be taken or after which {@code after} says stop.
     *
     * @return the updates taken
     */
    public int steps(double learningRate, int max, AfterStep after) {
        for (int i = 0; i < max; i++) {
            if (!step(stepper, learningRate)) {
                return i;
            }
            if (after.stop()) {
                return i + 1;
            }
        }
        return max;
    }

    /**
     * One update with this learning rate. After a divergence the run stays at its last finite
     * state, so another update (say at a smaller rate) may be tried from there.
     *
     * @return true if it was taken; false if it would have diverged (the run is then unchanged and
     *     {@link #divergedAt()} says where) or the start itself is not finite
     */
    public boolean step(double learningRate) {
        return step(stepper, learningRate);
    }

    /** {@link #step(double)} on the run's own stepper, {@code s}. */
    private boolean step(RecordableStepper s, double learningRate) {
        long from = s.step();
        if (!canUpdateFrom(from)) {
            return false;
        }
        s.update(learningRate);
        if (!s.isFinite()) {
            refuse(from);
            return false;
        }
        s.writeRow(newestRows(), keep(from, learningRate));
        return true;
    }

    /*
     * The parts of one update that do not call the stepper, for a run's own loop of updates. A lesson's
     * run writes that loop out with its stepper's own class (DescentRun.steps and the others):
     *
     *     long from = s.step();
     *     if (!canUpdateFrom(from)) return i;          // nothing kept, or an earlier step shown: throws
     *     s.update(learningRate);
     *     if (!s.isFinite()) { refuse(from); return i; }
     *     s.writeRow(newestRows(), keep(from, learningRate));
     *     if (after.stop()) return i + 1;
     *
     * Shared code that calls the stepper is compiled once for every lesson: once the app has played a
     * few, its calls to the stepper see many classes, and once it is compiled on its own the compiler
     * will not inline it into a run's override any more ("already compiled into a big method" in
     * -XX:+PrintInlining, issue 13, fifth session), so each update paid for a lookup of update,
     * isFinite, step and writeRow. These parts are small and call no stepper, so they inline anywhere.
     */

    /**
     * Before an update from the stepper's step {@code from}: false if the run has kept nothing (its
     * start was not finite); throws if an earlier step is shown (branch there or show the newest first).
     */
    protected final boolean canUpdateFrom(long from) {
        // Only a start that was not finite leaves the history empty; every kept state is finite.
        if (history.isEmpty()) {
            return false;
        }
        if (from != history.lastStep()) {
            throw new IllegalStateException("showing step " + from + " of " + history.lastStep()
                    + ": branch there or show the newest step before stepping");
        }
        return true;
    }

    /** The update from step {@code from} was not finite: it is not taken; the run says so and stays at {@code from}. */
    protected final void refuse(long from) {
        divergedAt = from + 1;
        restore(from);
    }

    /**
     * The update from step {@code from} at this rate was taken: its rate is recorded and room made for
     * the new step's row, at the returned offset in {@link #newestRows()}, where the stepper writes it.
     */
    protected final int keep(long from, double learningRate) {
        divergedAt = -1;
        // The rate belongs to the step the update started from.
        rates.record(from, learningRate, history.firstStep());
        return history.appendSlot(from + 1);
    }

    /** The array that holds the newest row (valid after {@link #keep}). */
    protected final double[] newestRows() {
        return history.array();
    }

    /** Undoes the last update, restoring the stepper and its optimizer state; false if none is kept. */
    public boolean stepBack() {
        return branchAt(stepper.step() - 1);
    }

    /**
     * Cuts the run back to a kept step, as repeated step back would: the stepper and its optimizer
     * state are restored exactly and the rows after it are dropped, so the next update goes on from there.
     *
     * @return false (and nothing changes) if the step is not kept
     */
    @Override
    public boolean branchAt(long step) {
        if (!history.contains(step)) {
            return false;
        }
        restore(step);
        history.truncateAfter(step);
        rates.dropFrom(step);
        divergedAt = -1;
        return true;
    }

    /**
     * Puts the stepper at a kept step to look at it, keeping every row (the timeline). Until the
     * newest step is shown again (or the run branches here), {@link #step} refuses to run.
     *
     * @return false (and nothing changes) if the step is not kept
     */
    @Override
    public boolean show(long step) {
        if (!history.contains(step)) {
            return false;
        }
        restore(step);
        return true;
    }

    /** The newest recorded step (the current one unless an earlier one is shown). */
    @Override
    public long lastStep() {
        return history.isEmpty() ? stepper.step() : history.lastStep();
    }

    private void restore(long step) {
        history.copyRow(step, row);
        stepper.restoreRow(step, row, 0);
    }

    /** The step the run is at: the newest, or an earlier kept one it shows. */
    @Override
    public long shownStep() {
        return stepper.step();
    }

    /** One value of a kept step's row, {@code column} counted as in {@link RecordableStepper#writeRow}. */
    public double get(long step, int column) {
        return history.get(step, column);
    }

    /** Copies {@code dst.length} values of a kept step's row, from {@code column} on. */
    public void copy(long step, int column, double[] dst) {
        history.copyRow(step, row);
        System.arraycopy(row, column, dst, 0, dst.length);
    }

    /** The learning rate of the update that left this step, NaN for the current step. */
    @Override
    public double learningRateAt(long step) {
        if (!history.contains(step)) {
            throw new IndexOutOfBoundsException("step " + step + " is not kept (" + firstKeptStep() + ".." + lastStep() + ")");
        }
        return rates.at(step);
    }

    /**
     * lr_t, the rate the update that left this kept step actually used (the set rate through the
     * schedule at that update's t); NaN for the newest step.
     */
    public double scheduledRateAt(long step) {
        return stepper.scheduledRate(learningRateAt(step), step);
    }

    /** lr_t the next update from the shown step would use with the learning rate set to lr. */
    public double scheduledRate(double learningRate) {
        return stepper.scheduledRate(learningRate, stepper.step());
    }

    /** The learning-rate schedule of this run's updates. */
    public Schedule schedule() {
        return stepper.schedule();
    }

    /** True when the row of this step is still kept. */
    @Override
    public boolean isKept(long step) {
        return history.contains(step);
    }

    /** The oldest step that step back can reach. */
    @Override
    public long firstKeptStep() {
        return history.isEmpty() ? 0 : history.firstStep();
    }

    /** True when the last attempted update (or the start) was not finite; false while an earlier step is shown. */
    public boolean isDiverged() {
        return divergedAt() >= 0;
    }

    /** The step whose row would have been non-finite, or -1 (also while an earlier step is shown). */
    public long divergedAt() {
        return stepper.step() < lastStep() ? -1 : divergedAt;
    }
}
