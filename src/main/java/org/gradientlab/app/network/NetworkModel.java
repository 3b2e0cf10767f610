package org.gradientlab.app.network;

import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.lesson.OptimizerBranch;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.TrainingRunner;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.export.StepsTable;

/**
 * The Network lesson's state as JavaFX properties, and its commands: the data, the cost, the
 * starting parameters, the rate and the optimizer; Step, Step phase, Play, Step back, Reset.
 * The run lives on the training runner's thread. FX thread only.
 */
public final class NetworkModel implements Playback, AutoCloseable {

    /** The starting parameters a new lesson opens with: w1, b1, w2, b2. */
    static final double[] DEFAULT_START = {0.5, 0, -0.3, 0};

    private final DoubleProperty x = new SimpleDoubleProperty(this, "x", 1.5);
    private final DoubleProperty y = new SimpleDoubleProperty(this, "y", 0);
    private final DoubleProperty[] start = new DoubleProperty[4];
    private final ObjectProperty<NetworkData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<Cost> cost = new SimpleObjectProperty<>(this, "cost", Cost.MSE);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.5);
    private final ObjectProperty<OptimizerSettings> optimizer =
            new SimpleObjectProperty<>(this, "optimizer", OptimizerSettings.DEFAULT);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 2);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.ALL);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyObjectWrapper<NetworkSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<NetworkSnapshot> previous = new ReadOnlyObjectWrapper<>(this, "previous");
    private final TrainingRunner<NetworkSnapshot> runner;
    private final OptimizerBranch<NetworkSnapshot> optimizerBranch;
    private final PredictMode predict = new PredictMode(NetworkPredictions.QUESTIONS);

    /**
     * @param synchronous true for tests: commands run at once on the caller's thread
     * @param onFailure   where an engine failure on the runner thread is reported
     */
    public NetworkModel(boolean synchronous, Consumer<Throwable> onFailure) {
        String[] names = {"w1", "b1", "w2", "b2"};
        for (int i = 0; i < 4; i++) {
            start[i] = new SimpleDoubleProperty(this, names[i], DEFAULT_START[i]);
            start[i].addListener((obs, old, now) -> reset());
        }
        data.set(NetworkData.single(x.get(), y.get()));
        NetworkEngine engine = newEngine();
        runner = synchronous
                ? TrainingRunner.synchronous(engine, learningRate.get())
                : TrainingRunner.background(engine, learningRate.get(), onFailure);
        learningRate.addListener((obs, old, rate) -> runner.setLearningRate(rate.doubleValue()));
        speed.addListener((obs, old, stepsPerSecond) -> runner.setSpeed(stepsPerSecond.doubleValue()));
        runner.setSpeed(speed.get());
        x.addListener((obs, old, now) -> singlePairChanged());
        y.addListener((obs, old, now) -> singlePairChanged());
        data.addListener((obs, old, now) -> reset());
        cost.addListener((obs, old, now) -> reset());
        optimizerBranch = new OptimizerBranch<>(runner, optimizer, this::reset,
                next -> cut -> ((NetworkEngine) cut).continueWith(next));
        pullSnapshot();
    }

    private void singlePairChanged() {
        if (data.get().isSingle()) {
            data.set(NetworkData.single(x.get(), y.get()));
        }
    }

    private NetworkEngine newEngine() {
        double[] params = new double[4];
        for (int i = 0; i < 4; i++) {
            params[i] = start[i].get();
        }
        return new NetworkEngine(data.get().data(), cost.get(), optimizer.get(), params);
    }

    /** Takes the newest snapshot from the runner, if any. Returns true if one came. */
    public boolean pullSnapshot() {
        NetworkSnapshot next = runner.takeSnapshot();
        if (next == null) {
            return false;
        }
        playing.set(next.playing());
        canStepBack.set(next.canStepBack());
        NetworkSnapshot last = snapshot.get();
        if (last != null && last.current().step() != next.current().step()) {
            // The update phase explains the one update it asked for; a step reached another way (the
            // timeline, Live) is shown whole, not as an update from the step shown before it.
            NetworkSnapshot before = previous.get();
            if (phase.get() == Phase.UPDATE
                    && (before == null || next.current().step() != before.current().step() + 1)) {
                phase.set(Phase.ALL);
            }
            previous.set(last);
        }
        snapshot.set(next);
        return true;
    }

    /** Uses the single editable pair (x, y). */
    public void useSinglePair() {
        data.set(NetworkData.single(x.get(), y.get()));
    }

    /** One update; in Predict mode it first asks for the guess. */
    @Override
    public void step() {
        if (predict.holdsStep()) {
            return;
        }
        phase.set(Phase.ALL);
        runner.step();
    }

    /**
     * Predict mode: judges the guess against the engine's next parameters, counts it, and makes
     * the update, shown as the update phase (each parameter old → new).
     *
     * @return the round, or null when there was nothing to reveal (the mode says why)
     */
    public PredictionRound reveal() {
        return predict.reveal(() -> NetworkPredictions.judge(predict, snapshot.get(), learningRate.get()), () -> {
            previous.set(snapshot.get());
            phase.set(Phase.UPDATE);
            runner.step();
        });
    }

    /** The "Predict, then reveal" mode of this lesson. */
    public PredictMode predict() {
        return predict;
    }

    /** The next phase of one step: forward, cost, backward, then the update itself. */
    public void stepPhase() {
        // Always pause: the playing flag the FX thread sees may be a frame old.
        runner.pause();
        Phase next = phase.get().next();
        // In Predict mode the update itself waits for the guess.
        if (next == Phase.UPDATE && predict.holdsStep()) {
            return;
        }
        if (next == Phase.UPDATE) {
            // The update is explained from the state it starts at.
            previous.set(snapshot.get());
        }
        phase.set(next);
        if (next == Phase.UPDATE) {
            runner.step();
        }
    }

    @Override
    public void stepBack() {
        phase.set(Phase.ALL);
        runner.stepBack();
    }

    @Override
    public void togglePlay() {
        phase.set(Phase.ALL);
        optimizerBranch.beforePlay();
        runner.togglePlay();
    }

    /** Starts playing at the current speed, showing every value. */
    public void play() {
        phase.set(Phase.ALL);
        optimizerBranch.beforePlay();
        runner.play();
    }

    /** Stops playing. */
    public void pause() {
        runner.pause();
    }

    @Override
    public void reset() {
        phase.set(Phase.ALL);
        previous.set(null);
        if (runner != null) {
            if (optimizerBranch != null) {
                optimizerBranch.started(optimizer.get());
            }
            runner.replaceEngine(newEngine());
        }
    }

    /** A new optimizer and the timeline: restart, or Branch from here while scrubbed back. */
    OptimizerBranch<NetworkSnapshot> optimizerBranch() {
        return optimizerBranch;
    }

    /** The runner, for tests that play in synchronous mode. */
    TrainingRunner<NetworkSnapshot> runner() {
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
    public long currentStep() {
        NetworkSnapshot now = snapshot.get();
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

    @Override
    public DoubleProperty speedProperty() {
        return speed;
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

    /** The learning rate; a change reaches the next update. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** The optimizer; a change restarts the run (while scrubbed back it waits for Branch, see {@link OptimizerBranch}). */
    public ObjectProperty<OptimizerSettings> optimizerProperty() {
        return optimizer;
    }

    /** The phase the diagram shows. */
    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The newest snapshot. */
    public ReadOnlyObjectProperty<NetworkSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The snapshot before the last change of step (for "old -> new" in the update phase), or null. */
    public ReadOnlyObjectProperty<NetworkSnapshot> previousProperty() {
        return previous.getReadOnlyProperty();
    }

    /** Whether the model is playing. */
    public boolean isPlaying() {
        return playing.get();
    }
}
