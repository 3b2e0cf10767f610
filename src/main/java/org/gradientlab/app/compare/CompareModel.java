package org.gradientlab.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.app.runner.TrainingRunner;

/**
 * The compare window's runs on their own training runner: Step, Play/Pause and Reset move all of
 * them together, and snapshots come back through {@link #pullSnapshot()}, called once a frame.
 * A new set of runs (a changed rate or optimizer, a run added or removed) starts them all again
 * from the start, so they stay in step. FX thread only.
 */
public final class CompareModel implements AutoCloseable {

    /** Makes one run on the problem the window was seeded with. */
    public interface Runs {
        /** @param slot the run's place (0 to 3), @param spec its settings */
        ComparedRun create(int slot, RunSpec spec);
    }

    private final Runs factory;
    private final AtomicLong updates = new AtomicLong();
    private final TrainingRunner<CompareSnapshot> runner;
    private final ReadOnlyObjectWrapper<CompareSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private List<RunSpec> runs;

    /** @param runners where the runs go ({@link RunnerFactory#synchronous()} in tests) */
    public CompareModel(Runs factory, List<RunSpec> runs, double speed, RunnerFactory runners) {
        this.factory = factory;
        this.runs = List.copyOf(runs);
        runner = runners.start(newEngine(), 0);
        runner.setSpeed(speed);
        pullSnapshot();
    }

    /** Takes the newest snapshot, if any; true if one came. */
    public boolean pullSnapshot() {
        CompareSnapshot next = runner.takeSnapshot();
        if (next == null) {
            return false;
        }
        playing.set(next.playing());
        snapshot.set(next);
        return true;
    }

    /** Other runs (one per slot, switched off ones included): all start again from the start. */
    public void setRuns(List<RunSpec> newRuns) {
        runs = List.copyOf(newRuns);
        reset();
    }

    /** Every run back to the start, paused. */
    public void reset() {
        runner.replaceEngine(newEngine());
    }

    /** The switched-on runs, each keeping its slot (and so its colour). */
    private CompareEngine newEngine() {
        List<ComparedRun> made = new ArrayList<>();
        for (int slot = 0; slot < runs.size(); slot++) {
            if (runs.get(slot).enabled()) {
                made.add(factory.create(slot, runs.get(slot)));
            }
        }
        return new CompareEngine(made, updates);
    }

    /** One update of every run still going. */
    public void step() {
        runner.step();
    }

    /** Play if paused, pause if playing. */
    public void togglePlay() {
        runner.togglePlay();
    }

    /** Stops playing. */
    public void pause() {
        runner.pause();
    }

    /** Steps per second while playing; infinity for as fast as possible. */
    public void setSpeed(double stepsPerSecond) {
        runner.setSpeed(stepsPerSecond);
    }

    /** Synchronous mode only (tests): plays up to this many ticks. */
    public long playFor(long ticks) {
        return runner.playFor(ticks);
    }

    /** The runs compared now. */
    public List<RunSpec> runs() {
        return runs;
    }

    /** Updates made by all runs since this model was made (any thread). */
    public long updates() {
        return updates.get();
    }

    /** The newest snapshot shown. */
    public ReadOnlyObjectProperty<CompareSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** Whether the runs are playing. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Stops the runner thread; nothing runs after this. */
    @Override
    public void close() {
        runner.close();
    }
}
