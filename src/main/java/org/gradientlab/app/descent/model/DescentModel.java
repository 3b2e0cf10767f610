package org.gradientlab.app.descent.model;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableList;
import org.gradientlab.app.lesson.LessonSession;
import org.gradientlab.app.lesson.TableRows;
import org.gradientlab.app.lesson.TypedFunction;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * The Descent lesson's state as JavaFX properties, and its commands: the function, the preset and
 * the start; the run, its rate, speed, optimizer and playback are the {@link #session()}'s. The
 * view pulls the snapshots through the session once a frame. FX thread only.
 */
public final class DescentModel implements AutoCloseable {

    private final TypedFunction<Expression> function = new TypedFunction<>(this, Expression::parse);
    private final DoubleProperty startW = new SimpleDoubleProperty(this, "startW");
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    /** While playing, the table (hundreds of rows) follows at a readable pace, not every frame. */
    private final TableRows<StepRow> rows = new TableRows<>();
    private final LessonSession<DescentSnapshot> session;

    /** @param runners where the run goes ({@link RunnerFactory#synchronous()} in tests) */
    public DescentModel(RunnerFactory runners) {
        Preset first = Preset.ALL.get(0);
        function.use(function.parseKnownGood(first.function()));
        startW.set(first.w0());
        preset.set(first);
        session = new LessonSession<>(runners, this::newEngine, first.learningRate(), 2, DescentPredictions.QUESTIONS);
        session.onSnapshot(next -> rows.show(next.playing(), next.recent()));
        session.pullSnapshot();
    }

    private DescentEngine newEngine(OptimizerSettings optimizer) {
        return new DescentEngine(function.get(), optimizer, startW.get());
    }

    /** The run: playback, rate, speed, optimizer, timeline, Predict mode and the snapshots. */
    public LessonSession<DescentSnapshot> session() {
        return session;
    }

    /**
     * Parses and uses a typed f(w), restarting the run; a bad one changes nothing.
     *
     * @return the error message, or null if the function was taken
     */
    public String setFunction(String text) {
        String error = function.type(text, parsed -> preset.set(null));
        if (error == null) {
            session.reset();
        }
        return error;
    }

    /** Takes a preset's function, start, rate and view, and restarts. */
    public void applyPreset(Preset chosen) {
        // The preset first: listeners of the function read its view.
        preset.set(chosen);
        startW.set(chosen.w0());
        session.learningRateProperty().set(chosen.learningRate());
        function.use(function.parseKnownGood(chosen.function()));
        session.reset();
    }

    /**
     * Takes a whole lesson at once, already checked, and restarts once. A bundled preset with the
     * same function lends its view and its sentence.
     */
    void load(Expression newFunction, double start, double rate, OptimizerSettings settings, double stepsPerSecond) {
        session.pause();
        preset.set(Preset.ALL.stream().filter(p -> p.function().equals(newFunction.source())).findFirst().orElse(null));
        startW.set(start);
        session.learningRateProperty().set(rate);
        session.speedProperty().set(stepsPerSecond);
        session.optimizerProperty().set(settings);
        function.use(newFunction);
        session.reset();
    }

    /** Moves the start to w and restarts from there. */
    public void setStart(double w) {
        startW.set(w);
        session.reset();
    }

    /**
     * Predict mode: judges the guess against the engine's next w, counts it, and makes the step.
     *
     * @param minTolerance the smallest miss in w that still counts as right (a few pixels of the chart)
     * @return the round, or null when there was nothing to reveal (the mode says why)
     */
    public PredictionRound reveal(double minTolerance) {
        return session.reveal(() -> DescentPredictions.judge(session.predict(), session.snapshot(),
                session.learningRateProperty().get(), minTolerance));
    }

    @Override
    public void close() {
        session.close();
    }

    /** The function in use: always one that parsed. */
    public ReadOnlyObjectProperty<Expression> functionProperty() {
        return function.property();
    }

    /** The last typed function's error, or "". */
    public ReadOnlyStringProperty functionErrorProperty() {
        return function.errorProperty();
    }

    /** The start w; change it through {@link #setStart} to restart. */
    public DoubleProperty startWProperty() {
        return startW;
    }

    /** Why a start w is not allowed, or null. */
    public static String checkStart(double w) {
        return Math.abs(w) <= 1e6 ? null : "the start must be between -1e6 and 1e6";
    }

    /** The preset in use, or null after a typed function. */
    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** The table's rows: the newest steps, oldest first. */
    public ObservableList<StepRow> rows() {
        return rows.rows();
    }

    /** The presets on offer. */
    public List<Preset> presets() {
        return Preset.ALL;
    }
}
