package org.gradientlab.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.gradientlab.app.runner.TrainingEngine;
import org.gradientlab.io.export.StepsTable;

/**
 * Up to four runs for the training runner, moved together: each Step or tick of Play makes one
 * update of every run still going, each at its own rate (the runner's learning rate is not used).
 * A run that converges or diverges stops; the others go on; playing stops when none is left.
 */
public final class CompareEngine implements TrainingEngine<CompareSnapshot> {

    private final List<ComparedRun> runs;
    /** Updates made by all runs together, readable from any thread (tests watch it stop on close). */
    private final AtomicLong updates;

    /**
     * @param runs    the runs, in slot order
     * @param updates counts every update made, shared with whoever watches
     */
    public CompareEngine(List<? extends ComparedRun> runs, AtomicLong updates) {
        this.runs = List.copyOf(runs);
        this.updates = updates;
    }

    @Override
    public boolean step(double ignoredRate) {
        boolean moved = false;
        for (ComparedRun run : runs) {
            if (run.status() == RunStatus.RUNNING) {
                run.step();
                updates.incrementAndGet();
                moved = true;
            }
        }
        return moved;
    }

    @Override
    public boolean stepBack() {
        return false;
    }

    @Override
    public boolean isFinished() {
        for (ComparedRun run : runs) {
            if (run.status() == RunStatus.RUNNING) {
                return false;
            }
        }
        return true;
    }

    @Override
    public CompareSnapshot snapshot(boolean playing, double ignoredRate) {
        List<RunPicture> pictures = new ArrayList<>(runs.size());
        for (ComparedRun run : runs) {
            pictures.add(run.picture());
        }
        return new CompareSnapshot(pictures, playing);
    }

    @Override
    public StepsTable keptSteps() {
        throw new UnsupportedOperationException("the compare window exports no steps");
    }
}
