package org.gradientlab.app.network.model;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.gradientlab.app.lesson.LessonSession;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * The Network lesson's state as JavaFX properties, and its commands: the data, the cost and the
 * starting parameters, Step phase and the phase shown; the run, its rate, speed, optimizer and
 * playback are the {@link #session()}'s. FX thread only.
 */
public final class NetworkModel implements AutoCloseable {

    /** The starting parameters a new lesson opens with: w1, b1, w2, b2. */
    static final double[] DEFAULT_START = {0.5, 0, -0.3, 0};

    private final DoubleProperty x = new SimpleDoubleProperty(this, "x", 1.5);
    private final DoubleProperty y = new SimpleDoubleProperty(this, "y", 0);
    private final DoubleProperty[] start = new DoubleProperty[4];
    private final ObjectProperty<NetworkData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<Cost> cost = new SimpleObjectProperty<>(this, "cost", Cost.MSE);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.ALL);
    private final ReadOnlyObjectWrapper<NetworkSnapshot> previous = new ReadOnlyObjectWrapper<>(this, "previous");
    private final LessonSession<NetworkSnapshot> session;

    /** @param runners where the run goes ({@link RunnerFactory#synchronous()} in tests) */
    public NetworkModel(RunnerFactory runners) {
        String[] names = {"w1", "b1", "w2", "b2"};
        for (int i = 0; i < 4; i++) {
            start[i] = new SimpleDoubleProperty(this, names[i], DEFAULT_START[i]);
        }
        data.set(NetworkData.single(x.get(), y.get()));
        session = new LessonSession<>(runners, this::newEngine, 0.5, 2, NetworkPredictions.QUESTIONS);
        session.onMove(() -> phase.set(Phase.ALL));
        session.onReset(() -> {
            phase.set(Phase.ALL);
            previous.set(null);
        });
        session.onSnapshot(this::followPhase);
        for (DoubleProperty parameter : start) {
            parameter.addListener((obs, old, now) -> session.reset());
        }
        x.addListener((obs, old, now) -> singlePairChanged());
        y.addListener((obs, old, now) -> singlePairChanged());
        data.addListener((obs, old, now) -> session.reset());
        cost.addListener((obs, old, now) -> session.reset());
        session.pullSnapshot();
    }

    private void singlePairChanged() {
        if (data.get().isSingle()) {
            data.set(NetworkData.single(x.get(), y.get()));
        }
    }

    private NetworkEngine newEngine(OptimizerSettings optimizer) {
        double[] params = new double[4];
        for (int i = 0; i < 4; i++) {
            params[i] = start[i].get();
        }
        return new NetworkEngine(data.get().data(), cost.get(), optimizer, params);
    }

    /**
     * The update phase explains the one update it asked for; a step reached another way (the
     * timeline, Live) is shown whole, not as an update from the step shown before it.
     */
    private void followPhase(NetworkSnapshot next) {
        NetworkSnapshot last = session.snapshot();
        if (last != null && last.current().step() != next.current().step()) {
            NetworkSnapshot before = previous.get();
            if (phase.get() == Phase.UPDATE
                    && (before == null || next.current().step() != before.current().step() + 1)) {
                phase.set(Phase.ALL);
            }
            previous.set(last);
        }
    }

    /** The run: playback, rate, speed, optimizer, timeline, Predict mode and the snapshots. */
    public LessonSession<NetworkSnapshot> session() {
        return session;
    }

    /** Uses the single editable pair (x, y). */
    public void useSinglePair() {
        data.set(NetworkData.single(x.get(), y.get()));
    }

    /**
     * Predict mode: judges the guess against the engine's next parameters, counts it, and makes
     * the update, shown as the update phase (each parameter old → new).
     *
     * @return the round, or null when there was nothing to reveal (the mode says why)
     */
    public PredictionRound reveal() {
        return session.predict().reveal(() -> NetworkPredictions.judge(session.predict(), session.snapshot(),
                session.learningRateProperty().get()), () -> {
                    previous.set(session.snapshot());
                    phase.set(Phase.UPDATE);
                    session.stepWithoutAsking();
                });
    }

    /** The next phase of one step: forward, cost, backward, then the update itself. */
    public void stepPhase() {
        // Always pause: the playing flag the FX thread sees may be a frame old.
        session.pause();
        Phase next = phase.get().next();
        // In Predict mode the update itself waits for the guess.
        if (next == Phase.UPDATE && session.predict().holdsStep()) {
            return;
        }
        if (next == Phase.UPDATE) {
            // The update is explained from the state it starts at.
            previous.set(session.snapshot());
        }
        phase.set(next);
        if (next == Phase.UPDATE) {
            session.stepWithoutAsking();
        }
    }

    @Override
    public void close() {
        session.close();
    }

    /** The single pair's x. */
    public DoubleProperty xProperty() {
        return x;
    }

    /** The single pair's target y. */
    public DoubleProperty yProperty() {
        return y;
    }

    /** A starting parameter, by index w1, b1, w2, b2; a change restarts the run. */
    public DoubleProperty startProperty(int index) {
        return start[index];
    }

    /** The data trained on; a change restarts the run. */
    public ObjectProperty<NetworkData> dataProperty() {
        return data;
    }

    /** The cost; a change restarts the run. */
    public ObjectProperty<Cost> costProperty() {
        return cost;
    }

    /** The phase the diagram shows. */
    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The snapshot before the last change of step (for "old -> new" in the update phase), or null. */
    public ReadOnlyObjectProperty<NetworkSnapshot> previousProperty() {
        return previous.getReadOnlyProperty();
    }
}
