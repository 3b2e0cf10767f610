package org.gradientlab.app.surface;

import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.gradientlab.app.lesson.LessonSession;
import org.gradientlab.app.lesson.TableRows;
import org.gradientlab.app.lesson.TypedFunction;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.expr.SurfaceExpression;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.surface.SurfaceNoise;

/**
 * The Surface lesson's state as JavaFX properties, and its commands: the function f(w1, w2), the
 * preset, the start and the gradient noise; the run, its rate, speed, optimizer and playback are
 * the {@link #session()}'s. FX thread only.
 */
public final class SurfaceModel implements AutoCloseable {

    /** The largest noise scale the lesson takes. */
    public static final double MAX_NOISE = 1e6;

    private final TypedFunction<SurfaceExpression> function = new TypedFunction<>(this, SurfaceExpression::parse);
    private final ReadOnlyDoubleWrapper startW1 = new ReadOnlyDoubleWrapper(this, "startW1");
    private final ReadOnlyDoubleWrapper startW2 = new ReadOnlyDoubleWrapper(this, "startW2");
    private final ReadOnlyDoubleWrapper noise = new ReadOnlyDoubleWrapper(this, "noise");
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed", SurfaceNoise.DEFAULT_SEED);
    private final ReadOnlyObjectWrapper<SurfacePreset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final TableRows<SurfaceRow> rows = new TableRows<>();
    private final LessonSession<SurfaceSnapshot> session;

    /** @param runners where the run goes ({@link RunnerFactory#synchronous()} in tests) */
    public SurfaceModel(RunnerFactory runners) {
        SurfacePreset first = SurfacePreset.ALL.get(0);
        function.use(function.parseKnownGood(first.function()));
        startW1.set(first.w1());
        startW2.set(first.w2());
        preset.set(first);
        session = new LessonSession<>(runners, this::newEngine, first.learningRate(), 2, SurfacePredictions.QUESTIONS);
        session.onSnapshot(next -> rows.show(next.playing(), next.recent()));
        session.pullSnapshot();
    }

    private SurfaceEngine newEngine(OptimizerSettings optimizer) {
        return new SurfaceEngine(function.get(), optimizer, new SurfaceNoise(noise.get(), seed.get()),
                startW1.get(), startW2.get());
    }

    /** The run: playback, rate, speed, optimizer, timeline, Predict mode and the snapshots. */
    public LessonSession<SurfaceSnapshot> session() {
        return session;
    }

    /**
     * Parses and uses a typed f(w1, w2), restarting the run; a bad one changes nothing but the error.
     *
     * @return the error message, or null if the function was taken
     */
    public String setFunction(String text) {
        String error = function.type(text, parsed -> preset.set(SurfacePreset.withFunction(parsed.source())));
        if (error == null) {
            session.reset();
        }
        return error;
    }

    /** Takes a preset's function, start and rate, and restarts. */
    public void applyPreset(SurfacePreset chosen) {
        preset.set(chosen);
        startW1.set(chosen.w1());
        startW2.set(chosen.w2());
        session.learningRateProperty().set(chosen.learningRate());
        function.use(function.parseKnownGood(chosen.function()));
        session.reset();
    }

    /** Takes a whole lesson at once, already checked, and restarts once. */
    void load(SurfaceExpression newFunction, double w1, double w2, double noiseScale, long noiseSeed, double rate,
              OptimizerSettings settings, double stepsPerSecond) {
        session.pause();
        preset.set(SurfacePreset.withFunction(newFunction.source()));
        startW1.set(w1);
        startW2.set(w2);
        noise.set(noiseScale);
        seed.set(noiseSeed);
        session.learningRateProperty().set(rate);
        session.speedProperty().set(stepsPerSecond);
        session.optimizerProperty().set(settings);
        function.use(newFunction);
        session.reset();
    }

    /** Moves the start to (w1, w2) and restarts from there. */
    public void setStart(double w1, double w2) {
        startW1.set(w1);
        startW2.set(w2);
        session.reset();
    }

    /** Sets the noise scale S of the gradient and restarts (the same seed draws the same noise). */
    public void setNoise(double scale) {
        if (scale != noise.get()) {
            noise.set(scale);
            session.reset();
        }
    }

    /** Sets the noise generator's seed and restarts. */
    public void setSeed(long newSeed) {
        if (newSeed != seed.get()) {
            seed.set(newSeed);
            session.reset();
        }
    }

    /**
     * Predict mode: judges the guess against the engine's next point, counts it, and makes the step.
     *
     * @param minTolerance the smallest miss (in w units) that still counts as right for a placed guess
     */
    public PredictionRound reveal(double minTolerance) {
        return session.reveal(() -> SurfacePredictions.judge(session.predict(), session.snapshot(),
                session.learningRateProperty().get(), minTolerance));
    }

    @Override
    public void close() {
        session.close();
    }

    /** Why a start coordinate is not allowed, or null. */
    public static String checkStart(double w) {
        return Math.abs(w) <= 1e6 ? null : "the start must be between -1e6 and 1e6";
    }

    /** Why a noise scale is not allowed, or null. */
    public static String checkNoise(double s) {
        return s >= 0 && s <= MAX_NOISE ? null : "the noise must be between 0 and 1e6";
    }

    /** The function in use: always one that parsed. */
    public ReadOnlyObjectProperty<SurfaceExpression> functionProperty() {
        return function.property();
    }

    /** The last typed function's error, or "". */
    public ReadOnlyStringProperty functionErrorProperty() {
        return function.errorProperty();
    }

    /** The start w1. */
    public ReadOnlyDoubleProperty startW1Property() {
        return startW1.getReadOnlyProperty();
    }

    /** The start w2. */
    public ReadOnlyDoubleProperty startW2Property() {
        return startW2.getReadOnlyProperty();
    }

    /** The noise scale S. */
    public ReadOnlyDoubleProperty noiseProperty() {
        return noise.getReadOnlyProperty();
    }

    /** The noise seed. */
    public ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    /** The preset in use, or null after a typed function of one's own. */
    public ReadOnlyObjectProperty<SurfacePreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** The table's rows: the newest steps, oldest first. */
    public ObservableList<SurfaceRow> rows() {
        return rows.rows();
    }

    /** The presets on offer. */
    public List<SurfacePreset> presets() {
        return SurfacePreset.ALL;
    }

}
