package org.gradientlab.app.lesson;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictQuestion;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunSnapshot;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.app.runner.Timeline;
import org.gradientlab.app.runner.TrainingEngine;
import org.gradientlab.app.runner.TrainingRunner;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.export.StepsTable;

/**
 * What every lesson's run shares: the training runner, its timeline, the optimizer branch, the
 * Predict mode, the learning rate, speed and optimizer, the newest snapshot, and the playback
 * commands. A lesson model keeps its own maths (what an engine is made from, what a change
 * restarts) and hands the session a way to make a fresh engine. FX thread only.
 *
 * <p>A model builds its state, then the session (which makes the first engine at once), adds its
 * hooks and its own listeners, and last calls {@link #pullSnapshot()} for the first picture.
 *
 * @param <S> the lesson's snapshot type
 */
public final class LessonSession<S extends RunSnapshot> implements Playback, AutoCloseable {

    private final RunnerFactory runners;
    private final Function<OptimizerSettings, ? extends TrainingEngine<S>> newEngine;
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final ObjectProperty<OptimizerSettings> optimizer =
            new SimpleObjectProperty<>(this, "optimizer", OptimizerSettings.DEFAULT);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyObjectWrapper<S> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyDoubleWrapper scheduledRate = new ReadOnlyDoubleWrapper(this, "scheduledRate", Double.NaN);
    private final PredictMode predict;
    private final TrainingRunner<S> runner;
    private final OptimizerBranch<S> optimizerBranch;
    private Runnable onMove = () -> { };
    private Runnable onReset = () -> { };
    private Consumer<S> onSnapshot = next -> { };

    /**
     * Starts the runner on a first engine from {@code newEngine}.
     *
     * @param runners      where the runner and the lesson's background tasks run
     * @param newEngine    a fresh engine from the lesson's settings now with this optimizer (Reset, and
     *                     every restart)
     * @param learningRate the rate to start with
     * @param speed        steps per second while playing, to start with
     * @param questions    the lesson's Predict questions
     */
    public LessonSession(RunnerFactory runners, Function<OptimizerSettings, ? extends TrainingEngine<S>> newEngine,
                         double learningRate, double speed, List<PredictQuestion> questions) {
        this.runners = runners;
        this.newEngine = newEngine;
        this.predict = new PredictMode(questions);
        this.learningRate.set(learningRate);
        this.speed.set(speed);
        runner = runners.start(newEngine.apply(optimizer.get()), learningRate);
        this.learningRate.addListener((obs, old, rate) -> {
            runner.setLearningRate(rate.doubleValue());
            showScheduledRate();
        });
        this.speed.addListener((obs, old, stepsPerSecond) -> runner.setSpeed(stepsPerSecond.doubleValue()));
        runner.setSpeed(speed);
        optimizerBranch = new OptimizerBranch<>(runner, optimizer, this::reset, next -> cut -> cut.continueWith(next));
    }

    /** Runs before Step (when Predict lets it go), Step back, Play and Play/Pause: a lesson's own view state. */
    public void onMove(Runnable action) {
        onMove = action;
    }

    /** Runs before each reset, before the fresh engine is made. */
    public void onReset(Runnable action) {
        onReset = action;
    }

    /** Gets each snapshot taken before {@link #snapshotProperty} changes (a lesson's state derived from it). */
    public void onSnapshot(Consumer<S> action) {
        onSnapshot = action;
    }

    /** Takes the runner's newest snapshot, if any, into the properties (once a frame). Returns true if one came. */
    public boolean pullSnapshot() {
        S next = runner.takeSnapshot();
        if (next == null) {
            return false;
        }
        playing.set(next.playing());
        canStepBack.set(next.canStepBack());
        onSnapshot.accept(next);
        snapshot.set(next);
        showScheduledRate();
        return true;
    }

    private void showScheduledRate() {
        OptimizerSettings running = optimizerBranch.running();
        scheduledRate.set(running.schedule().isConstant() ? Double.NaN
                : optimizerBranch.scheduledRate(learningRate.get(), currentStep()));
    }

    /** A fresh run from the lesson's start with its settings now. */
    @Override
    public void reset() {
        onReset.run();
        optimizerBranch.started(optimizer.get());
        runner.replaceEngine(newEngine.apply(optimizer.get()));
    }

    /** Exactly one update at the current rate; in Predict mode it first asks for the guess. */
    @Override
    public void step() {
        if (!predict.holdsStep()) {
            onMove.run();
            runner.step();
        }
    }

    /** One update without asking Predict first: the step of a reveal, or of a lesson's last phase. */
    public void stepWithoutAsking() {
        runner.step();
    }

    /**
     * Predict mode: takes the judged round (null when the judge refused, saying why in the mode),
     * counts it, and makes the step.
     */
    public PredictionRound reveal(Supplier<PredictionRound> judge) {
        return predict.reveal(judge, runner::step);
    }

    /** Undoes the last update, optimizer state included; scrubbed back, shows the step before. */
    @Override
    public void stepBack() {
        onMove.run();
        runner.stepBack();
    }

    /** Starts playing at the current speed (from the newest step). */
    public void play() {
        onMove.run();
        optimizerBranch.beforePlay();
        runner.play();
    }

    /** Stops playing. */
    public void pause() {
        runner.pause();
    }

    @Override
    public void togglePlay() {
        onMove.run();
        optimizerBranch.beforePlay();
        runner.togglePlay();
    }

    @Override
    public void keptSteps(Consumer<StepsTable> onFxThread) {
        runner.keptSteps(onFxThread);
    }

    /** Synchronous runner only (tests): plays up to maxSteps updates at once; returns how many were made. */
    public long playFor(long maxSteps) {
        return runner.playFor(maxSteps);
    }

    @Override
    public void close() {
        runner.close();
    }

    @Override
    public long currentStep() {
        S now = snapshot.get();
        return now == null ? 0 : now.step();
    }

    @Override
    public ObservableBooleanValue playing() {
        return playing.getReadOnlyProperty();
    }

    @Override
    public ObservableBooleanValue canStepBack() {
        return canStepBack.getReadOnlyProperty();
    }

    /** Whether the run is playing, as of the last snapshot. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Whether the run is playing, as of the last snapshot. */
    public boolean isPlaying() {
        return playing.get();
    }

    /** Steps per second while playing; infinity for as fast as the engine goes. */
    @Override
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The learning rate; a change reaches the next update, even while playing. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /**
     * η_t, the rate the next update from the shown step uses (the learning rate through the running
     * optimizer's schedule at that update's t); NaN when the schedule is constant (η_t = η).
     */
    public ReadOnlyDoubleProperty scheduledRateProperty() {
        return scheduledRate.getReadOnlyProperty();
    }

    /** The optimizer (with its schedule); a change restarts the run (while scrubbed back it waits for Branch, see {@link OptimizerBranch}). */
    public ObjectProperty<OptimizerSettings> optimizerProperty() {
        return optimizer;
    }

    /** The newest snapshot taken. */
    public ReadOnlyObjectProperty<S> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The newest snapshot taken, or null before the first. */
    public S snapshot() {
        return snapshot.get();
    }

    /** The timeline: scrub, go live, branch. */
    public Timeline timeline() {
        return runner.timeline();
    }

    /** A new optimizer and the timeline: restart, or Branch from here while scrubbed back. */
    public OptimizerBranch<S> optimizerBranch() {
        return optimizerBranch;
    }

    /** The "Predict, then reveal" mode of this lesson. */
    public PredictMode predict() {
        return predict;
    }

    /** Where the lesson's background tasks run (a file read, a sweep). */
    public RunnerFactory runners() {
        return runners;
    }
}
