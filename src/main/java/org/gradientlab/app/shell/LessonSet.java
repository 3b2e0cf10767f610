package org.gradientlab.app.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.descent.DescentController;
import org.gradientlab.app.descent.DescentModel;
import org.gradientlab.app.network.NetworkController;
import org.gradientlab.app.network.NetworkModel;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.regression.RegressionController;
import org.gradientlab.app.regression.RegressionModel;

/**
 * The window's three lessons, each built when first asked for: a window that starts on one lesson
 * builds one, and opens sooner. Lessons are numbered as their tabs: 0 Descent, 1 Network, 2 Regression.
 */
final class LessonSet {

    private final boolean synchronous;
    private final Consumer<Throwable> onRunnerFailure;
    private DescentController descent;
    private NetworkController network;
    private RegressionController regression;

    /** {@code synchronous} runs the lessons without background threads (tests). */
    LessonSet(boolean synchronous, ErrorReporter errors) {
        this.synchronous = synchronous;
        this.onRunnerFailure = e -> errors.report("training runner", e);
    }

    DescentController descent() {
        if (descent == null) {
            requireFxThread();
            descent = DescentController.create(new DescentModel(synchronous, onRunnerFailure));
        }
        return descent;
    }

    NetworkController network() {
        if (network == null) {
            requireFxThread();
            network = NetworkController.create(new NetworkModel(synchronous, onRunnerFailure));
        }
        return network;
    }

    RegressionController regression() {
        if (regression == null) {
            requireFxThread();
            regression = RegressionController.create(new RegressionModel(synchronous, onRunnerFailure));
        }
        return regression;
    }

    /** A lesson is a tree of nodes with timers and a runner thread: built on the FX thread only. */
    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a lesson is built on the FX thread, not on " + Thread.currentThread().getName());
        }
    }

    /** The lesson's own view (without the explanation around it). */
    Node view(int lesson) {
        return switch (lesson) {
            case 0 -> descent().view();
            case 1 -> network().view();
            default -> regression().view();
        };
    }

    /** The lesson's answer to a key; true if it used it. */
    boolean handleKey(int lesson, KeyEvent e) {
        return switch (lesson) {
            case 0 -> descent().handleKey(e);
            case 1 -> network().handleKey(e);
            default -> regression().handleKey(e);
        };
    }

    /** The lesson's Predict mode. */
    PredictMode predict(int lesson) {
        return switch (lesson) {
            case 0 -> descent().model().predict();
            case 1 -> network().model().predict();
            default -> regression().model().predict();
        };
    }

    /** A lesson left playing in a hidden tab would only burn the CPU the visible one needs. */
    void pauseAllBut(int shown) {
        if (shown != 0 && descent != null && descent.model().playingProperty().get()) {
            descent.model().pause();
        }
        if (shown != 1 && network != null && network.model().isPlaying()) {
            network.model().pause();
        }
        if (shown != 2 && regression != null && regression.model().isPlaying()) {
            regression.model().pause();
        }
    }

    /** Every lesson's playback, in tab order. */
    List<Playback> playbacks() {
        return List.of(descent().model(), network().model(), regression().model());
    }

    /** Sets a lesson up to run for the whole probe instead of converging in a few steps. */
    void prepareForProbe(int lesson) {
        if (lesson == 0) {
            // The bowl at a tiny rate: |f'| stays near 7 for tens of millions of steps.
            descent().model().applyPreset(descent().model().presets().get(0));
            descent().model().learningRateProperty().set(1e-8);
        } else if (lesson == 2) {
            // A tiny rate keeps full-batch descent moving, so it does not stop as settled: at 1e-7
            // it settled after about 48 million steps, inside the measurement.
            regression().model().learningRateProperty().set(1e-8);
        }
    }

    /** Stops the runner of every lesson built. */
    void close() {
        if (descent != null) {
            descent.close();
        }
        if (network != null) {
            network.close();
        }
        if (regression != null) {
            regression.close();
        }
    }
}
