package org.gradientlab.app.regression;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.gradientlab.app.regression.model.GeneratorSettings;
import org.gradientlab.app.regression.model.RegressionData;
import org.gradientlab.engine.regression.LinearDataGenerator;
import org.gradientlab.io.DataCsv;

/**
 * Reads a data file or makes generated data on a background task, so a million points never
 * freeze the window: the data bar shows progress and Cancel, a bad file is answered with its
 * name and line, and in every case but success the data on screen stay as they were.
 */
final class DataTasks {

    private final GeneratorSettings settings;
    private final DataBar bar;
    private final Consumer<RegressionData> onReady;
    private final Executor loader;
    private Task<RegressionData> running;

    /**
     * @param loader  where the data are made or read, off the FX thread
     * @param onReady takes the new data, on the FX thread
     */
    DataTasks(GeneratorSettings settings, DataBar bar, Executor loader, Consumer<RegressionData> onReady) {
        this.settings = settings;
        this.bar = bar;
        this.loader = loader;
        this.onReady = onReady;
    }

    /** Makes points from the form's values (their errors are shown under the fields already). */
    void generate() {
        String problem = settings.checkRange();
        if (problem != null) {
            bar.error.setText("Cannot generate: " + problem + ".");
            return;
        }
        LinearDataGenerator generator = settings.generator();
        int n = settings.count();
        long seed = settings.seed();
        String source = "generated: " + settings.describe();
        start(String.format(java.util.Locale.ROOT, "Making %,d points…", n),
                () -> new RegressionData(source, generator.generate(n, seed)));
    }

    /** Reads a CSV file with columns x,y. */
    void load(Path file) {
        start("Reading " + file.getFileName() + "…",
                () -> new RegressionData(String.valueOf(file.getFileName()), DataCsv.read(file)));
    }

    /** Stops the work under way; the data stay. */
    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** True while data are being read or made. */
    boolean isBusy() {
        return running != null;
    }

    private void start(String what, Callable<RegressionData> work) {
        cancel();
        Task<RegressionData> task = new Task<>() {
            @Override
            protected RegressionData call() throws Exception {
                return work.call();
            }
        };
        running = task;
        bar.error.setText("");
        bar.progressText.setText(what);
        // Neither the reader nor the generator reports how far it is: the bar says "working".
        bar.progress.setProgress(javafx.scene.control.ProgressIndicator.INDETERMINATE_PROGRESS);
        bar.showBusy(true);
        task.setOnSucceeded(e -> {
            finish(task);
            onReady.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish(task);
            Throwable error = task.getException();
            bar.error.setText(error instanceof org.gradientlab.io.DataFileException
                    ? error.getMessage() : "Could not get the data: " + error + ". The data on screen stay.");
        });
        task.setOnCancelled(e -> {
            finish(task);
            bar.error.setText("Cancelled: the data on screen stay.");
        });
        loader.execute(task);
    }

    private void finish(Task<RegressionData> task) {
        if (running == task) {
            running = null;
            bar.showBusy(false);
        }
    }
}
