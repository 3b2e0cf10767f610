package org.gradientlab.app.regression;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.lesson.OptimizerBranch;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.TrainingRunner;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.StandardizedX;
import org.gradientlab.engine.regression.SufficientStatistics;
import org.gradientlab.io.export.StepsTable;

/**
 * The Regression lesson's state as JavaFX properties, and its commands: the data and its edits,
 * the batch mode, the reduction, scaling, the rate, the optimizer and the start; Step, Play, Step
 * back, Reset. Every change of what is fitted or how restarts the run from the start (w0, w1) and
 * keeps the rest. The run lives on the training runner's thread. FX thread only.
 */
public final class RegressionModel implements Playback, AutoCloseable {

    /** Where a new lesson starts: below and left of the best fit of the first data, so the path crosses the contours. */
    static final double DEFAULT_START_W0 = 0;
    static final double DEFAULT_START_W1 = -2;
    /** Converges visibly with sum reduction on the first 40 points (gd diverges above about 0.04). */
    static final double DEFAULT_RATE = 0.025;
    static final int DEFAULT_MINI_BATCH = 8;

    private final GeneratorSettings generator = new GeneratorSettings();
    private final ReadOnlyObjectWrapper<RegressionData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ObjectProperty<Reduction> reduction = new SimpleObjectProperty<>(this, "reduction", Reduction.SUM);
    private final ObjectProperty<BatchMode> batchMode = new SimpleObjectProperty<>(this, "batchMode", BatchMode.ALL);
    private final DoubleProperty miniBatchSize = new SimpleDoubleProperty(this, "miniBatchSize", DEFAULT_MINI_BATCH);
    private final DoubleProperty seed = new SimpleDoubleProperty(this, "seed", RegressionProblem.DEFAULT_SEED);
    private final BooleanProperty scaleX = new SimpleBooleanProperty(this, "scaleX");
    private final DoubleProperty startW0 = new SimpleDoubleProperty(this, "startW0", DEFAULT_START_W0);
    private final DoubleProperty startW1 = new SimpleDoubleProperty(this, "startW1", DEFAULT_START_W1);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", DEFAULT_RATE);
    private final ObjectProperty<OptimizerSettings> optimizer =
            new SimpleObjectProperty<>(this, "optimizer", OptimizerSettings.DEFAULT);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 10);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyObjectWrapper<RegressionSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final TrainingRunner<RegressionSnapshot> runner;
    private final OptimizerBranch<RegressionSnapshot> optimizerBranch;
    private final PredictMode predict = new PredictMode(RegressionPredictions.QUESTIONS);
    /** The x standardised, kept while the data and the toggle stay (null when not scaling). */
    private StandardizedX scaling;
    private SufficientStatistics statistics;
    /** True while several settings change as one (a new start): one restart at the end. */
    private boolean holdRestart;

    /**
     * @param synchronous true for tests: commands run at once on the caller's thread
     * @param onFailure   where an engine failure on the runner thread is reported
     */
    public RegressionModel(boolean synchronous, Consumer<Throwable> onFailure) {
        RegressionData first = new RegressionData("generated: " + generator.describe(),
                generator.generator().generate(generator.count(), generator.seed()));
        data.set(first);
        prepareData();
        RegressionEngine engine = new RegressionEngine(setup());
        runner = synchronous
                ? TrainingRunner.synchronous(engine, learningRate.get())
                : TrainingRunner.background(engine, learningRate.get(), onFailure);
        learningRate.addListener((obs, old, rate) -> runner.setLearningRate(rate.doubleValue()));
        speed.addListener((obs, old, stepsPerSecond) -> runner.setSpeed(stepsPerSecond.doubleValue()));
        runner.setSpeed(speed.get());
        scaleX.addListener((obs, old, now) -> {
            prepareData();
            reset();
        });
        reduction.addListener((obs, old, now) -> reset());
        batchMode.addListener((obs, old, now) -> reset());
        miniBatchSize.addListener((obs, old, now) -> restartIf(batchMode.get() == BatchMode.MINI_BATCH));
        seed.addListener((obs, old, now) -> restartIf(batchMode.get().usesSeed()));
        optimizerBranch = new OptimizerBranch<>(runner, optimizer, this::reset,
                next -> cut -> ((RegressionEngine) cut).continueWith(next));
        startW0.addListener((obs, old, now) -> restartIf(!holdRestart));
        startW1.addListener((obs, old, now) -> restartIf(!holdRestart));
        pullSnapshot();
    }

    private void restartIf(boolean needed) {
        if (needed) {
            reset();
        }
    }

    /** Scales x if asked and sums up the data trained on: O(n), once per change of data or scaling. */
    private void prepareData() {
        DataSet original = data.get().data();
        scaling = scaleX.get() ? StandardizedX.of(original) : null;
        statistics = SufficientStatistics.of(scaling == null ? original : scaling.data());
    }

    private RegressionSetup setup() {
        DataSet trained = scaling == null ? data.get().data() : scaling.data();
        int batchSize = batchMode.get().batchSize((int) miniBatchSize.get());
        RegressionProblem problem = new RegressionProblem(trained, reduction.get(), batchSize, (long) seed.get());
        return new RegressionSetup(data.get(), scaling, problem, optimizer.get(), startW0.get(), startW1.get(),
                statistics);
    }

    /** Takes the newest snapshot from the runner, if any. Returns true if one came. */
    public boolean pullSnapshot() {
        RegressionSnapshot next = runner.takeSnapshot();
        if (next == null) {
            return false;
        }
        playing.set(next.playing());
        canStepBack.set(next.canStepBack());
        snapshot.set(next);
        return true;
    }

    /** New data (generated or read from a file); restarts from the start. */
    public void setData(RegressionData newData) {
        data.set(newData);
        prepareData();
        reset();
    }

    /** Adds the point (x, y) and restarts; returns its index. */
    public int addPoint(double x, double y) {
        setData(data.get().withAdded(x, y));
        return data.get().size() - 1;
    }

    /** Moves point {@code index} to (x, y) and restarts. */
    public void movePoint(int index, double x, double y) {
        setData(data.get().withMoved(index, x, y));
    }

    /** Removes point {@code index} and restarts; false (and nothing changes) if it is the last one. */
    public boolean removePoint(int index) {
        if (data.get().size() == 1) {
            return false;
        }
        setData(data.get().withRemoved(index));
        return true;
    }

    /** Moves the start to (w0, w1) and restarts once. */
    public void setStart(double w0, double w1) {
        holdRestart = true;
        try {
            startW0.set(w0);
            startW1.set(w1);
        } finally {
            holdRestart = false;
        }
        reset();
    }

    @Override
    public void reset() {
        if (runner != null) {
            optimizerBranch.started(optimizer.get());
            runner.replaceEngine(new RegressionEngine(setup()));
        }
    }

    /** One update; in Predict mode it first asks for the guess. */
    @Override
    public void step() {
        if (!predict.holdsStep()) {
            runner.step();
        }
    }

    /**
     * Predict mode: judges the guess against the engine's next (w0, w1), counts it, and steps.
     *
     * @param minTolerance the smallest miss in (w0, w1) that still counts as right (a few pixels)
     * @return the round, or null when there was nothing to reveal (the mode says why)
     */
    public PredictionRound reveal(double minTolerance) {
        return predict.reveal(() -> RegressionPredictions.judge(predict, snapshot.get(), learningRate.get(),
                minTolerance), runner::step);
    }

    /** The "Predict, then reveal" mode of this lesson. */
    public PredictMode predict() {
        return predict;
    }

    @Override
    public void stepBack() {
        runner.stepBack();
    }

    @Override
    public void togglePlay() {
        optimizerBranch.beforePlay();
        runner.togglePlay();
    }

    @Override
    public long currentStep() {
        return snapshot.get() == null ? 0 : snapshot.get().current().step();
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

    /** A new optimizer and the timeline: restart, or Branch from here while scrubbed back. */
    OptimizerBranch<RegressionSnapshot> optimizerBranch() {
        return optimizerBranch;
    }

    /** The runner, for tests that play in synchronous mode. */
    TrainingRunner<RegressionSnapshot> runner() {
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

    @Override
    public ObservableBooleanValue playing() {
        return playing.getReadOnlyProperty();
    }

    /** Whether the model is playing, as of the last snapshot. */
    public boolean isPlaying() {
        return playing.get();
    }

    @Override
    public ObservableBooleanValue canStepBack() {
        return canStepBack.getReadOnlyProperty();
    }

    @Override
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The form for generated data; used on Generate. */
    public GeneratorSettings generator() {
        return generator;
    }

    /** The points fitted; change them with {@link #setData} and the point edits. */
    public ReadOnlyObjectProperty<RegressionData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** Sum (the textbook rule) or mean; a change restarts the run. */
    public ObjectProperty<Reduction> reductionProperty() {
        return reduction;
    }

    /** All points, a mini-batch or one sample per update; a change restarts the run. */
    public ObjectProperty<BatchMode> batchModeProperty() {
        return batchMode;
    }

    /** The mini-batch size (a whole number); a change restarts a mini-batch run. */
    public DoubleProperty miniBatchSizeProperty() {
        return miniBatchSize;
    }

    /** The seed of the shuffle of mini-batches (a whole number); a change restarts a shuffled run. */
    public DoubleProperty seedProperty() {
        return seed;
    }

    /** Whether x is standardised before training; a change restarts the run. */
    public BooleanProperty scaleXProperty() {
        return scaleX;
    }

    /** The start intercept; a change restarts the run. */
    public DoubleProperty startW0Property() {
        return startW0;
    }

    /** The start slope; a change restarts the run. */
    public DoubleProperty startW1Property() {
        return startW1;
    }

    /** The learning rate; a change reaches the next update, even while playing. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** The optimizer; a change restarts the run (while scrubbed back it waits for Branch, see {@link OptimizerBranch}). */
    public ObjectProperty<OptimizerSettings> optimizerProperty() {
        return optimizer;
    }

    /** The newest snapshot taken. */
    public ReadOnlyObjectProperty<RegressionSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** Why a mini-batch size is not allowed, or null. */
    public static String checkBatchSize(double size) {
        return size == Math.rint(size) && size >= 1 && size <= RegressionData.MAX_POINTS
                ? null : "a whole number from 1 to 1,000,000";
    }

    /** Why a start w0 or w1 is not allowed, or null. */
    public static String checkStart(double w) {
        return Math.abs(w) <= 1e6 ? null : "between −1e6 and 1e6";
    }
}
