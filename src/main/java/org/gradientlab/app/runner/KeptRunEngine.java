package org.gradientlab.app.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.gradientlab.engine.KeptRun;
import org.gradientlab.io.export.StepsTable;

/**
 * A lesson's engine over a run that keeps its steps: the timeline's questions (which steps are
 * kept, which is shown, the rate recorded at one) are the run's, answered here once for the three
 * lessons. Each lesson still makes its own snapshot and its own ghost.
 *
 * @param <S> the lesson's snapshot type
 */
public abstract class KeptRunEngine<S> implements TrainingEngine<S> {

    /** The run the engine steps. */
    protected abstract KeptRun keptRun();

    @Override
    public double recordedRateAt(long step) {
        return keptRun().isKept(step) ? keptRun().learningRateAt(step) : Double.NaN;
    }

    @Override
    public long firstKeptStep() {
        return keptRun().firstKeptStep();
    }

    @Override
    public long newestStep() {
        return keptRun().lastStep();
    }

    @Override
    public long shownStep() {
        return keptRun().shownStep();
    }

    @Override
    public void show(long step) {
        keptRun().show(step);
    }

    /** Makes the table row of a kept step. */
    @FunctionalInterface
    protected interface RowMaker<R> {
        /** The row of kept step {@code k}, the newest row of the table being {@code last}. */
        R row(long k, long last);
    }

    /**
     * The newest rows up to step {@code last}, at most {@code limit}: the kept steps' rows, after
     * those a branch with another optimizer left {@code before} it (they cannot be shown or stepped
     * back to) when the rows reach back to this run's start.
     */
    protected final <R> List<R> recentRows(long last, int limit, long startStep, List<R> before,
                                           ToLongFunction<R> stepOf, RowMaker<R> maker) {
        long first = Math.max(keptRun().firstKeptStep(), last - limit + 1);
        List<R> rows = new ArrayList<>((int) Math.max(0, last - first + 1) + before.size());
        if (first == startStep) {
            for (R row : before) {
                if (stepOf.applyAsLong(row) > last - limit) {
                    rows.add(row);
                }
            }
        }
        for (long k = first; k <= last && keptRun().isKept(k); k++) {
            rows.add(maker.row(k, last));
        }
        return List.copyOf(rows);
    }

    /** The table of every kept step in these columns, each row from {@code source}; also while the timeline shows an earlier one. */
    protected final StepsTable keptTable(List<String> columns, StepsTable.RowSource source) {
        long last = keptRun().lastStep();
        return StepsTable.of(columns, keptRun().firstKeptStep(), last, keptRun().isKept(last), source);
    }
}
