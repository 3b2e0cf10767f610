package org.gradientlab.app.runner;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where a lesson's work runs: its training runner and its one-off background tasks (a file read,
 * an export, a sweep). The app passes {@link #background}; tests pass {@link #synchronous}, which
 * does everything at once on the caller's thread so a test can step deterministically.
 */
public interface RunnerFactory {

    /** A runner for this engine, starting at this learning rate. */
    <S> TrainingRunner<S> start(TrainingEngine<S> engine, double learningRate);

    /** Runs tasks (JavaFX Tasks, say) off the FX thread, on threads with this name. */
    Executor tasks(String threadName);

    /** The same kind of factory, whose runners report engine failures to {@code onFailure} instead. */
    RunnerFactory withFailures(Consumer<Throwable> onFailure);

    /** A daemon thread per runner and per task; a runner's engine failures go to {@code onFailure}. */
    static RunnerFactory background(Consumer<Throwable> onFailure) {
        return new RunnerFactory() {
            @Override
            public <S> TrainingRunner<S> start(TrainingEngine<S> engine, double learningRate) {
                return TrainingRunner.background(engine, learningRate, onFailure);
            }

            @Override
            public Executor tasks(String threadName) {
                return task -> DaemonThreads.start(threadName, task);
            }

            @Override
            public RunnerFactory withFailures(Consumer<Throwable> handler) {
                return background(handler);
            }
        };
    }

    /** Everything at once on the caller's thread, for tests (see {@link TrainingRunner#playFor}). */
    static RunnerFactory synchronous() {
        return new RunnerFactory() {
            @Override
            public <S> TrainingRunner<S> start(TrainingEngine<S> engine, double learningRate) {
                return TrainingRunner.synchronous(engine, learningRate);
            }

            @Override
            public Executor tasks(String threadName) {
                return Runnable::run;
            }

            @Override
            public RunnerFactory withFailures(Consumer<Throwable> onFailure) {
                return this;
            }
        };
    }
}
