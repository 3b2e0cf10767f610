package org.gradientlab.app.explore;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.gradientlab.engine.sweep.TrialProgress;

/**
 * A sweep or a basin map on a background task, with progress. Cancel raises a flag that the engine
 * looks at between runs and every few thousand steps, and the task then finishes normally with the
 * runs done so far, so a cancelled sweep still shows what it computed.
 *
 * @param <T> the engine's result
 */
public final class ExploreJob<T> {

    /** The engine call: runs, reporting progress, until done or cancelled. */
    public interface Work<T> {
        T run(TrialProgress progress, BooleanSupplier cancelled);
    }

    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final Task<T> task;

    /**
     * @param onDone   takes the result, complete or cut short by Cancel, on the FX thread
     * @param onFailed takes an engine failure, on the FX thread
     */
    public ExploreJob(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        task = new Task<>() {
            @Override
            protected T call() {
                return work.run((done, total) -> updateProgress(done, total), cancelRequested::get);
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
    }

    /** Starts the work on the executor, a background thread in the app (the runs themselves fan out to the common fork-join pool). */
    public void start(Executor executor) {
        executor.execute(task);
    }

    /** Asks the work to stop; it finishes soon after with what it has. */
    public void cancel() {
        cancelRequested.set(true);
    }

    /** True once Cancel was pressed. */
    public boolean isCancelRequested() {
        return cancelRequested.get();
    }

    /** The task, for its progress and running properties. */
    public Task<T> task() {
        return task;
    }
}
