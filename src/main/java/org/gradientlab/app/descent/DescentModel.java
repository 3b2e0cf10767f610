package org.gradientlab.app.descent;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.lesson.OptimizerBranch;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.TrainingRunner;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ExpressionException;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.export.StepsTable;

/**
 * The Descent lesson's state as JavaFX properties, and its commands. The run itself lives on the
 * training runner's thread; this model sends it commands and takes its snapshots through
 * {@link #pullSnapshot()}, which the view calls once a frame. FX thread only.
 */
public final class DescentModel implements Playback, AutoCloseable {

    private final ReadOnlyObjectWrapper<Expression> function = new ReadOnlyObjectWrapper<>(this, "function");
    private final ReadOnlyStringWrapper functionError = new ReadOnlyStringWrapper(this, "functionError", "");
    private final DoubleProperty startW = new SimpleDoubleProperty(this, "startW");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final ObjectProperty<OptimizerSettings> optimizer =
            new SimpleObjectProperty<>(this, "optimizer", OptimizerSettings.DEFAULT);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 2);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final ReadOnlyObjectWrapper<DescentSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ObservableList<StepRow> rows = FXCollections.observableArrayList();
    private final TrainingRunner<DescentSnapshot> runner;
    private final OptimizerBranch<DescentSnapshot> optimizerBranch;
    private final PredictMode predict = new PredictMode(DescentPredictions.QUESTIONS);
    /** When the table's rows last changed. */
    private long rowsShownAt;

    /** The table of steps refreshes at most this often while playing. */
    static final long TABLE_REFRESH_NANOS = 150_000_000L;

    /**
     * @param synchronous true for tests: commands run at once on the caller's thread
     * @param onFailure   where an engine failure on the runner thread is reported
     */
    public DescentModel(boolean synchronous, Consumer<Throwable> onFailure) {
        Preset first = Preset.ALL.get(0);
        function.set(parseKnownGood(first.function()));
        startW.set(first.w0());
        learningRate.set(first.learningRate());
        preset.set(first);
        DescentEngine engine = newEngine();
        runner = synchronous
                ? TrainingRunner.synchronous(engine, learningRate.get())
                : TrainingRunner.background(engine, learningRate.get(), onFailure);
        learningRate.addListener((obs, old, rate) -> runner.setLearningRate(rate.doubleValue()));
        speed.addListener((obs, old, stepsPerSecond) -> runner.setSpeed(stepsPerSecond.doubleValue()));
        runner.setSpeed(speed.get());
        optimizerBranch = new OptimizerBranch<>(runner, optimizer, this::reset,
                next -> cut -> ((DescentEngine) cut).continueWith(next));
        pullSnapshot();
    }

    private static Expression parseKnownGood(String text) {
        try {
            return Expression.parse(text);
        } catch (ExpressionException e) {
            throw new IllegalStateException("a bundled function does not parse: " + text, e);
        }
    }

    private DescentEngine newEngine() {
        return new DescentEngine(function.get(), optimizer.get(), startW.get());
    }

    /** Takes the newest snapshot from the runner, if any, into the properties. Returns true if one came. */
    public boolean pullSnapshot() {
        DescentSnapshot next = runner.takeSnapshot();
        if (next == null) {
            return false;
        }
        // While playing, the table (hundreds of rows) follows at a readable pace, not every frame.
        long now = System.nanoTime();
        if (!next.playing() || now - rowsShownAt >= TABLE_REFRESH_NANOS) {
            rows.setAll(next.recent());
            rowsShownAt = now;
        }
        playing.set(next.playing());
        canStepBack.set(next.canStepBack());
        snapshot.set(next);
        return true;
    }

    /**
     * Parses and uses a typed f(w), restarting the run; a bad one changes nothing.
     *
     * @return the error message, or null if the function was taken
     */
    public String setFunction(String text) {
        try {
            Expression parsed = Expression.parse(text);
            functionError.set("");
            preset.set(null);
            function.set(parsed);
            reset();
            return null;
        } catch (ExpressionException e) {
            functionError.set(e.getMessage());
            return e.getMessage();
        }
    }

    /** Takes a preset's function, start, rate and view, and restarts. */
    public void applyPreset(Preset chosen) {
        // The preset first: listeners of the function read its view.
        preset.set(chosen);
        startW.set(chosen.w0());
        learningRate.set(chosen.learningRate());
        functionError.set("");
        function.set(parseKnownGood(chosen.function()));
        reset();
    }

    /**
     * Takes a whole lesson at once, already checked, and restarts once. A bundled preset with the
     * same function lends its view and its sentence.
     */
    void load(Expression newFunction, double start, double rate, OptimizerSettings settings, double stepsPerSecond) {
        pause();
        preset.set(Preset.ALL.stream().filter(p -> p.function().equals(newFunction.source())).findFirst().orElse(null));
        startW.set(start);
        learningRate.set(rate);
        speed.set(stepsPerSecond);
        optimizer.set(settings);
        functionError.set("");
        function.set(newFunction);
        reset();
    }

    /** Moves the start to w and restarts from there. */
    public void setStart(double w) {
        startW.set(w);
        reset();
    }

    /** A fresh run from the start with the current function and optimizer. */
    @Override
    public void reset() {
        optimizerBranch.started(optimizer.get());
        runner.replaceEngine(newEngine());
    }

    /** Exactly one update at the current rate; in Predict mode it first asks for the guess. */
    @Override
    public void step() {
        if (!predict.holdsStep()) {
            runner.step();
        }
    }

    /**
     * Predict mode: judges the guess against the engine's next w, counts it, and makes the step.
     *
     * @param minTolerance the smallest miss in w that still counts as right (a few pixels of the chart)
     * @return the round, or null when there was nothing to reveal (the mode says why)
     */
    public PredictionRound reveal(double minTolerance) {
        return predict.reveal(() -> DescentPredictions.judge(predict, snapshot.get(), learningRate.get(),
                minTolerance), runner::step);
    }

    /** The "Predict, then reveal" mode of this lesson. */
    public PredictMode predict() {
        return predict;
    }

    /** Undoes the last update, optimizer state included. */
    @Override
    public void stepBack() {
        runner.stepBack();
    }

    /** Starts playing at the current speed. */
    public void play() {
        optimizerBranch.beforePlay();
        runner.play();
    }

    /** Stops playing. */
    public void pause() {
        runner.pause();
    }

    /** Play if paused, pause if playing. */
    @Override
    public void togglePlay() {
        optimizerBranch.beforePlay();
        runner.togglePlay();
    }

    /** A new optimizer and the timeline: restart, or Branch from here while scrubbed back. */
    OptimizerBranch<DescentSnapshot> optimizerBranch() {
        return optimizerBranch;
    }

    /** The runner, for tests that play in synchronous mode. */
    TrainingRunner<DescentSnapshot> runner() {
        return runner;
    }

    @Override
    public void keptSteps(Consumer<StepsTable> onFxThread) {
        runner.keptSteps(onFxThread);
    }

    @Override
    public void close() {
        runner.close();
    }

    /** The function in use: always one that parsed. */
    public ReadOnlyObjectProperty<Expression> functionProperty() {
        return function.getReadOnlyProperty();
    }

    /** The last typed function's error, or "". */
    public ReadOnlyStringProperty functionErrorProperty() {
        return functionError.getReadOnlyProperty();
    }

    /** The start w; change it through {@link #setStart} to restart. */
    public DoubleProperty startWProperty() {
        return startW;
    }

    /** The learning rate; a change reaches the next update, even while playing. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** The optimizer; a change restarts the run (while scrubbed back it waits for Branch, see {@link OptimizerBranch}). */
    public ObjectProperty<OptimizerSettings> optimizerProperty() {
        return optimizer;
    }

    /** Steps per second while playing; infinity for as fast as the engine goes. */
    @Override
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Whether the run is playing, as of the last snapshot. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    @Override
    public long currentStep() {
        DescentSnapshot now = snapshot.get();
        return now == null ? 0 : now.current().step();
    }

    @Override
    public ObservableBooleanValue playing() {
        return playing.getReadOnlyProperty();
    }

    @Override
    public ObservableBooleanValue canStepBack() {
        return canStepBack.getReadOnlyProperty();
    }

    /** Why a start w is not allowed, or null. */
    public static String checkStart(double w) {
        return Math.abs(w) <= 1e6 ? null : "the start must be between -1e6 and 1e6";
    }

    /** The preset in use, or null after a typed function. */
    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** The newest snapshot taken. */
    public ReadOnlyObjectProperty<DescentSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The table's rows: the newest steps, oldest first. */
    public ObservableList<StepRow> rows() {
        return rows;
    }

    /** The presets on offer. */
    public List<Preset> presets() {
        return Preset.ALL;
    }
}
