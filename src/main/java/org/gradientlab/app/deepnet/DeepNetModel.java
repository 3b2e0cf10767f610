package org.gradientlab.app.deepnet;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.gradientlab.app.lesson.LessonSession;
import org.gradientlab.app.lesson.PhaseStepping;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.mlp.Activation;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * The Deep network lesson's state as JavaFX properties, and its commands: the data, the hidden
 * layers, the activation, the cost, L2, the seed of the start, adding a point, Step phase; the run,
 * its rate, speed, optimizer and playback are the {@link #session()}'s. Every change of the setup
 * restarts the run once. FX thread only.
 */
public final class DeepNetModel implements AutoCloseable {

    /** The largest L2 factor the lesson takes. */
    public static final double MAX_L2 = 10;
    /** Seeds are whole numbers up to this size (they live in a double field). */
    public static final double MAX_SEED = 1L << 53;

    private final ObjectProperty<DeepNetData> data = new SimpleObjectProperty<>(this, "data", DeepNetData.XOR);
    private final ObjectProperty<int[]> hidden = new SimpleObjectProperty<>(this, "hidden", new int[] {4, 4});
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", Activation.TANH);
    private final ObjectProperty<Cost> cost = new SimpleObjectProperty<>(this, "cost", Cost.XENT);
    private final DoubleProperty l2 = new SimpleDoubleProperty(this, "l2", 0);
    private final DoubleProperty seed = new SimpleDoubleProperty(this, "seed", 1);
    private final LessonSession<DeepNetSnapshot> session;
    private final PhaseStepping<DeepNetSnapshot> phases;
    /** Set while several settings change together, so the run restarts once, at the end. */
    private boolean batching;

    /** @param runners where the run goes ({@link RunnerFactory#synchronous()} in tests) */
    public DeepNetModel(RunnerFactory runners) {
        session = new LessonSession<>(runners, this::newEngine, 0.3, 30, DeepNetPredictions.QUESTIONS);
        phases = new PhaseStepping<>(session);
        data.addListener((obs, old, now) -> restart());
        hidden.addListener((obs, old, now) -> restart());
        activation.addListener((obs, old, now) -> restart());
        cost.addListener((obs, old, now) -> restart());
        l2.addListener((obs, old, now) -> restart());
        seed.addListener((obs, old, now) -> restart());
        session.pullSnapshot();
    }

    private void restart() {
        if (!batching) {
            session.reset();
        }
    }

    /** Changes several settings and restarts once. */
    public void change(Runnable changes) {
        boolean outer = !batching;
        batching = true;
        try {
            changes.run();
        } finally {
            if (outer) {
                batching = false;
                session.reset();
            }
        }
    }

    /** The settings now, as a run is made from them. */
    public DeepNetSetup setup() {
        return new DeepNetSetup(data.get(), hidden.get(), activation.get(), cost.get(), l2.get(), (long) seed.get());
    }

    private DeepNetEngine newEngine(OptimizerSettings optimizer) {
        return new DeepNetEngine(setup(), optimizer);
    }

    /** Chooses a data set; a preset with layers of its own (the chain) sets them, and a sigmoid, too. */
    public void choose(DeepNetData chosen) {
        change(() -> {
            data.set(chosen);
            if (chosen.suggested() != null) {
                hidden.set(chosen.suggested());
                activation.set(Activation.SIGMOID);
                cost.set(Cost.MSE);
            }
        });
    }

    /**
     * Takes the widths typed; a bad entry changes nothing and returns what is wrong.
     *
     * @return null when taken, else the message for the field
     */
    public String setWidths(String text) {
        try {
            int[] widths = DeepNetSetup.parseWidths(text);
            if (!java.util.Arrays.equals(widths, hidden.get())) {
                hidden.set(widths);
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Adds a pair (class 0 or 1 in the plane, or a target y for one input) and restarts. */
    public void addPoint(double x1, double x2, double y) {
        data.set(data.get().withPoint(x1, x2, Math.max(0, Math.min(1, y))));
    }

    /** Why an L2 factor is not allowed, or null. */
    static String checkL2(double value) {
        return value >= 0 && value <= MAX_L2 ? null : "λ must be from 0 to " + (int) MAX_L2;
    }

    /** Why a seed is not allowed, or null. */
    static String checkSeed(double value) {
        return value == Math.rint(value) && Math.abs(value) <= MAX_SEED ? null : "the seed must be a whole number";
    }

    /** Predict mode: judges the guess against the engine's peek, counts it, and makes the update. */
    public PredictionRound reveal() {
        return phases.reveal(() -> DeepNetPredictions.judge(session.predict(), session.snapshot(),
                session.learningRateProperty().get()));
    }

    /** The run: playback, rate, speed, optimizer, timeline, Predict mode and the snapshots. */
    public LessonSession<DeepNetSnapshot> session() {
        return session;
    }

    /** Step phase and the phase shown. */
    public PhaseStepping<DeepNetSnapshot> phases() {
        return phases;
    }

    /** The data trained on. */
    public ObjectProperty<DeepNetData> dataProperty() {
        return data;
    }

    /** The hidden layers' widths (never changed in place). */
    public ObjectProperty<int[]> hiddenProperty() {
        return hidden;
    }

    /** The hidden layers' activation. */
    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    /** The cost. */
    public ObjectProperty<Cost> costProperty() {
        return cost;
    }

    /** The L2 factor lambda. */
    public DoubleProperty l2Property() {
        return l2;
    }

    /** The seed of the starting weights (a whole number). */
    public DoubleProperty seedProperty() {
        return seed;
    }

    @Override
    public void close() {
        session.close();
    }
}
