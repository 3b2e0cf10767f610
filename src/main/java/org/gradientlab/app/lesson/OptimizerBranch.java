package org.gradientlab.app.lesson;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.value.ObservableObjectValue;
import org.gradientlab.app.controls.TimelineBar;
import org.gradientlab.app.runner.TrainingEngine;
import org.gradientlab.app.runner.TrainingRunner;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * A new optimizer and a lesson's timeline. At the newest step a new optimizer restarts the run from w0
 * (its state cannot be carried over). While an earlier step k is shown it waits for Branch from
 * here, which goes on from k with it and a fresh state (zero v, s, m; its t from 1 again), the
 * steps numbered on from k; going back to the newest step without branching (Live, Play, replaying
 * to it) restarts with it, as a change there does. FX thread only.
 *
 * @param <S> the lesson's snapshot type
 */
public final class OptimizerBranch<S> {

    private final TrainingRunner<S> runner;
    private final Runnable reset;
    private final Function<OptimizerSettings, UnaryOperator<TrainingEngine<S>>> continuation;
    /** Where the hint goes, or null. */
    private TimelineBar hintBar;
    /** An optimizer chosen while an earlier step was shown, for Branch from here; null if none. */
    private OptimizerSettings pending;
    /** The optimizer the run uses now (the last reset's, or the last branch's). */
    private OptimizerSettings running;
    /** The step the running optimizer started at (0 after a reset, k after Branch from here with a new one). */
    private long runningFrom;

    /**
     * Follows the lesson's optimizer choice: each change goes to {@link #changed}.
     *
     * @param runner    the lesson's runner: its timeline's Branch comes here
     * @param optimizer the lesson's optimizer; its value now is the run's
     * @param reset     restarts the run with the chosen optimizer (and calls {@link #started})
     * @param continuation for an optimizer, what turns the engine cut back at the shown step into
     *                the branch's engine (run on the runner's thread)
     */
    public OptimizerBranch(TrainingRunner<S> runner, ObservableObjectValue<OptimizerSettings> optimizer, Runnable reset,
                           Function<OptimizerSettings, UnaryOperator<TrainingEngine<S>>> continuation) {
        this.runner = runner;
        this.continuation = continuation;
        this.running = optimizer.get();
        this.reset = reset;
        runner.timeline().setOnBranch(this::branch);
        runner.timeline().positionProperty().addListener((obs, old, at) -> {
            if (pending != null && at.isLive()) {
                reset.run();
            }
        });
        optimizer.addListener((obs, old, now) -> changed(now));
    }

    /** A fresh run started with this optimizer: nothing waits any more. */
    public void started(OptimizerSettings settings) {
        running = settings;
        runningFrom = 0;
        pending = null;
    }

    /** The person chose another optimizer: restart at the newest step, else wait for Branch. */
    public void changed(OptimizerSettings settings) {
        if (runner.timeline().position().isLive()) {
            reset.run();
        } else {
            pending = settings.equals(running) ? null : settings;
            if (pending == null && hintBar != null) {
                hintBar.dropBranchHint();
            }
            pointAtBranch();
        }
    }

    /**
     * While an optimizer waits, the hint under this bar says what Branch from here will do (also
     * after scrubbing to another step). Call it once the bar is built: its own hint comes first.
     */
    public void hintOn(TimelineBar bar) {
        hintBar = bar;
        runner.timeline().positionProperty().addListener((obs, old, at) -> pointAtBranch());
    }

    private void pointAtBranch() {
        if (pending != null && hintBar != null) {
            hintBar.pointAtBranch(hint(pending, runner.timeline().position().shown()));
        }
    }

    /** The optimizer the run uses now: while another one waits for Branch, still the old one. */
    public OptimizerSettings running() {
        return running;
    }

    /**
     * lr_t of the update from this step with the learning rate set to lr: the running optimizer's
     * schedule at that update's t, counted from 1 after the step the running optimizer started at.
     */
    public double scheduledRate(double learningRate, long fromStep) {
        return running.rate(learningRate, fromStep - runningFrom + 1);
    }

    /** The optimizer waiting for Branch from here, or null. */
    public OptimizerSettings pending() {
        return pending;
    }

    /** Play goes to the newest step, where a waiting optimizer restarts the run first. */
    public void beforePlay() {
        if (pending != null) {
            reset.run();
        }
    }

    /** Branch from here: with the current rate and, if one waits, the new optimizer. */
    public void branch() {
        OptimizerSettings next = pending;
        pending = null;
        if (next == null) {
            runner.branch();
        } else {
            running = next;
            runningFrom = runner.timeline().position().shown();
            runner.branch(continuation.apply(next));
        }
    }

    /** The hint under the timeline while an optimizer waits at shown step k. */
    public static String hint(OptimizerSettings settings, long k) {
        String state = switch (settings.kind()) {
            case MOMENTUM -> "v = 0";
            case RMSPROP, ADAGRAD -> "s = 0";
            case ADAM -> "m = s = 0, t from 1";
            case GD -> "no state";
        } + (settings.schedule().isConstant() ? "" : ", schedule t from 1");
        return "Optimizer " + settings.name() + ": Branch from here continues from step " + k + " with it, fresh ("
                + state + "); the steps after it stay as a ghost. Live or Play restarts from the start with it instead";
    }
}
