package org.gradientlab.app.regression.model;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.gradientlab.app.lesson.LessonSession;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.StandardizedX;
import org.gradientlab.engine.regression.SufficientStatistics;

/**
 * The Regression lesson's state as JavaFX properties, and its commands: the data and its edits,
 * the batch mode, the reduction, scaling, the rate, the optimizer and the start; Step, Play, Step
 * back, Reset. Every change of what is fitted or how restarts the run from the start (w0, w1) and
 * keeps the rest. The run, its rate, speed, optimizer and playback are the {@link #session()}'s.
 * FX thread only.
 */
public final class RegressionModel implements AutoCloseable {

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
    private final LessonSession<RegressionSnapshot> session;
    /** The x standardised, kept while the data and the toggle stay (null when not scaling). */
    private StandardizedX scaling;
    private SufficientStatistics statistics;
    /** True while several settings change as one (a new start): one restart at the end. */
    private boolean holdRestart;

    /** @param runners where the run goes ({@link RunnerFactory#synchronous()} in tests) */
    public RegressionModel(RunnerFactory runners) {
        RegressionData first = new RegressionData("generated: " + generator.describe(),
                generator.generator().generate(generator.count(), generator.seed()));
        data.set(first);
        prepareData();
        session = new LessonSession<>(runners, optimizer -> new RegressionEngine(setup(optimizer)), DEFAULT_RATE, 10,
                RegressionPredictions.QUESTIONS);
        scaleX.addListener((obs, old, now) -> {
            prepareData();
            session.reset();
        });
        reduction.addListener((obs, old, now) -> session.reset());
        batchMode.addListener((obs, old, now) -> session.reset());
        miniBatchSize.addListener((obs, old, now) -> restartIf(batchMode.get() == BatchMode.MINI_BATCH));
        seed.addListener((obs, old, now) -> restartIf(batchMode.get().usesSeed()));
        startW0.addListener((obs, old, now) -> restartIf(!holdRestart));
        startW1.addListener((obs, old, now) -> restartIf(!holdRestart));
        session.pullSnapshot();
    }

    private void restartIf(boolean needed) {
        if (needed) {
            session.reset();
        }
    }

    /** Scales x if asked and sums up the data trained on: O(n), once per change of data or scaling. */
    private void prepareData() {
        DataSet original = data.get().data();
        scaling = scaleX.get() ? StandardizedX.of(original) : null;
        statistics = SufficientStatistics.of(scaling == null ? original : scaling.data());
    }

    private RegressionSetup setup(OptimizerSettings optimizer) {
        DataSet trained = scaling == null ? data.get().data() : scaling.data();
        int batchSize = batchMode.get().batchSize((int) miniBatchSize.get());
        RegressionProblem problem = new RegressionProblem(trained, reduction.get(), batchSize, (long) seed.get());
        return new RegressionSetup(data.get(), scaling, problem, optimizer, startW0.get(), startW1.get(),
                statistics);
    }

    /** The run: playback, rate, speed, optimizer, timeline, Predict mode and the snapshots. */
    public LessonSession<RegressionSnapshot> session() {
        return session;
    }

    /** New data (generated or read from a file); restarts from the start. */
    public void setData(RegressionData newData) {
        data.set(newData);
        prepareData();
        session.reset();
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
        session.reset();
    }

    /**
     * Predict mode: judges the guess against the engine's next (w0, w1), counts it, and steps.
     *
     * @param minTolerance the smallest miss in (w0, w1) that still counts as right (a few pixels)
     * @return the round, or null when there was nothing to reveal (the mode says why)
     */
    public PredictionRound reveal(double minTolerance) {
        return session.reveal(() -> RegressionPredictions.judge(session.predict(), session.snapshot(),
                session.learningRateProperty().get(), minTolerance));
    }

    @Override
    public void close() {
        session.close();
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
