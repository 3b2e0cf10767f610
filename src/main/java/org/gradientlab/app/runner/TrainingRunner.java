package org.gradientlab.app.runner;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import org.gradientlab.io.export.StepsTable;

/**
 * Runs one lesson's engine on a background thread and hands the FX thread at most one immutable
 * snapshot per frame. Stepping by button and playing at any speed go through the same queue and
 * the same {@link TrainingEngine#step}, so one step looks the same as full speed. Commands
 * (step, play, a new learning rate) are messages; nothing mutable is shared.
 *
 * <p>The timeline: {@link #show} pictures an earlier recorded step without changing the run, and
 * {@link #branch} cuts the run back to it. While an earlier step is shown, Step and Step back move
 * through the recording one step (they replay, never change it) and Play goes back to the newest
 * step and plays on from there; only Branch continues from the shown step, at the current rate.
 *
 * @param <S> the lesson's snapshot type
 */
public final class TrainingRunner<S> implements AutoCloseable {

    /** Speeds at or above this run as fast as the engine can. */
    public static final double MAX_SPEED = Double.POSITIVE_INFINITY;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final SnapshotHandoff<S> handoff = new SnapshotHandoff<>();
    private final Timeline timeline = new Timeline(this);
    /** When frames come late, the engine yields often at the start of each one. */
    private final FramePacer pacer;
    private final boolean synchronous;
    private final Consumer<Throwable> onFailure;
    /** The runner's own thread; null in synchronous mode. */
    private Thread thread;

    // Owned by the runner thread (or the caller in synchronous mode).
    private TrainingEngine<S> engine;
    private double learningRate;
    private final PlayBatch batch;
    private boolean playing;
    private volatile boolean closed;

    private TrainingRunner(TrainingEngine<S> engine, double learningRate, boolean synchronous,
                           Consumer<Throwable> onFailure, FramePacer pacer) {
        this.pacer = pacer;
        batch = new PlayBatch(pacer);
        this.engine = engine;
        this.learningRate = learningRate;
        this.synchronous = synchronous;
        this.onFailure = onFailure;
        publish();
    }

    /** A runner with its own background thread; failures go to onFailure, on the runner thread. */
    public static <S> TrainingRunner<S> background(TrainingEngine<S> engine, double learningRate,
                                                   Consumer<Throwable> onFailure) {
        TrainingRunner<S> runner = new TrainingRunner<>(engine, learningRate, false, onFailure, FramePacer.shared());
        runner.thread = DaemonThreads.start("training-runner", runner::loop);
        return runner;
    }

    /** A runner that does every command at once on the caller's thread, for tests (see {@link #playFor}). */
    public static <S> TrainingRunner<S> synchronous(TrainingEngine<S> engine, double learningRate) {
        return synchronous(engine, learningRate, FramePacer.shared());
    }

    /** As {@link #synchronous(TrainingEngine, double)}, reporting pulses to a pacer of the test's own. */
    static <S> TrainingRunner<S> synchronous(TrainingEngine<S> engine, double learningRate, FramePacer pacer) {
        return new TrainingRunner<>(engine, learningRate, true, e -> {
            throw new IllegalStateException(e);
        }, pacer);
    }

    /**
     * The newest snapshot not yet taken, or null; taking it lets the runner publish the next. While
     * the run plays and the picture is changing only every other pulse ({@link FramePacer}), null on
     * the pulses between.
     */
    public S takeSnapshot() {
        return takeSnapshot(System.nanoTime());
    }

    /** As {@link #takeSnapshot()}, at a pulse that began at {@code now}. */
    S takeSnapshot(long now) {
        SnapshotHandoff.Published<S> taken = handoff.takeAtPulse(now, pacer);
        if (taken == null) {
            return null;
        }
        timeline.update(taken.position());
        return taken.snapshot();
    }

    /** The lesson's timeline: scrub, go live, branch (FX thread). */
    public Timeline timeline() {
        return timeline;
    }

    /** One update (pauses first if playing); while the timeline shows an earlier step, the next recorded one. */
    public void step() {
        pausedThen(run -> run.stepOrReplay(learningRate));
    }

    /** Undoes the last update (pauses first if playing); while scrubbed back, shows the step before. */
    public void stepBack() {
        pausedThen(run -> run.stepBackOrReplay());
    }

    /** Pictures a recorded step (clamped to those kept) without changing the run; pauses. */
    public void show(long step) {
        pausedThen(run -> run.showClamped(step));
    }

    /** Cuts the run back to the shown step, keeping the cut-off part as the ghost; nothing if live. */
    public void branch() {
        branchThen(null);
    }

    /**
     * As {@link #branch()}, then hands the cut engine to {@code continueWith}, whose answer runs
     * from there (a branch with another optimizer: a new engine that starts at the shown step).
     * Runs on the runner's thread. If the run has gone live in the frame before the click, the new
     * engine takes over from the newest step, as the screen already says it does.
     */
    public void branch(UnaryOperator<TrainingEngine<S>> continueWith) {
        branchThen(java.util.Objects.requireNonNull(continueWith));
    }

    private void branchThen(UnaryOperator<TrainingEngine<S>> continueWith) {
        submit(() -> {
            playing = false;
            if (engine.isScrubbed()) {
                handoff.branched(engine.branchAt(engine.shownStep()));
            }
            if (continueWith != null) {
                engine = continueWith.apply(engine);
            }
            publish();
        });
    }

    /** Starts playing at the current speed (from the newest step). */
    public void play() {
        submit(() -> playFromNewestOrPause(true));
    }

    /** Plays if paused, pauses if playing, decided on the runner's own thread (two quick presses cancel out). */
    public void togglePlay() {
        submit(() -> playFromNewestOrPause(!playing));
    }

    private void playFromNewestOrPause(boolean play) {
        playing = play;
        if (play) {
            // Even a finished run may go on: after a divergence, at a smaller rate; always from the newest step.
            engine.showNewest();
        }
        batch.clock().restart();
        publish();
    }

    /** Stops playing; takes effect before the next batch of steps. */
    public void pause() {
        pausedThen(run -> { });
    }

    /** The learning rate for the next update. */
    public void setLearningRate(double rate) {
        submit(() -> {
            learningRate = rate;
            // Scrubbed back, the step arrow previews this rate for a branch from now on.
            handoff.rateChosen(engine.isScrubbed());
            if (!playing) {
                publish();
            }
        });
    }

    /** Steps per second while playing; {@link #MAX_SPEED} for as fast as possible. */
    public void setSpeed(double speed) {
        submit(() -> batch.clock().setSpeed(speed));
    }

    /** Hands over a new engine (a reset, a new function or start); stops playing. */
    public void replaceEngine(TrainingEngine<S> newEngine) {
        pausedThen(old -> {
            engine = newEngine;
            handoff.newEngine();
        });
    }

    /**
     * Hands the engine's kept steps to {@code onFxThread}, on the FX thread (at once on the caller's
     * thread in synchronous mode). One message for the whole table, so it is a consistent picture.
     */
    public void keptSteps(Consumer<StepsTable> onFxThread) {
        submit(() -> {
            StepsTable steps = engine.keptSteps();
            if (synchronous) {
                onFxThread.accept(steps);
            } else {
                Platform.runLater(() -> onFxThread.accept(steps));
            }
        });
    }

    /** On the runner's thread: stops playing, does this to the engine, publishes. */
    private void pausedThen(Consumer<TrainingEngine<S>> action) {
        submit(() -> {
            playing = false;
            action.accept(engine);
            publish();
        });
    }

    private void submit(Runnable command) {
        if (synchronous) {
            command.run();
        } else if (!closed) {
            commands.add(command);
        }
    }

    private void publish() {
        handoff.publish(engine, playing, learningRate);
    }

    private void loop() {
        while (!closed) {
            try {
                Runnable command = playing ? commands.poll(batch.clock().waitNanos(), TimeUnit.NANOSECONDS) : commands.take();
                if (command != null) {
                    command.run();
                } else {
                    playBatch();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Reported, and the lesson stays usable: Reset hands over a fresh engine.
                playing = false;
                onFailure.accept(e);
                handoff.publishAfterFailure(engine, learningRate);
            }
        }
    }

    private void playBatch() {
        if (!batch.run(engine, learningRate, () -> !commands.isEmpty())) {
            playing = false;
            publish();
            return;
        }
        // A new snapshot only once the FX thread has taken the last one: none is made for nobody.
        if (handoff.isTaken()) {
            publish();
        }
        // Flat out, the engine would hold a core without a break: between batches it lets the FX
        // and render threads (and the X server) run first if they are waiting for this core.
        Thread.yield();
    }

    /**
     * Synchronous mode only: plays up to maxSteps updates, as the background loop would,
     * ignoring the batch.clock(). Returns the number of updates made.
     */
    public long playFor(long maxSteps) {
        if (!synchronous) {
            throw new IllegalStateException("playFor is for the synchronous runner of tests");
        }
        long made = 0;
        while (playing && made < maxSteps) {
            boolean taken = engine.step(learningRate);
            if (taken) {
                made++;
            }
            if (!taken || engine.isFinished()) {
                playing = false;
            }
        }
        publish();
        return made;
    }

    /** Stops the thread; commands after this are ignored. */
    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
