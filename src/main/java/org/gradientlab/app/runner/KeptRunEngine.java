package org.gradientlab.app.runner;

import java.util.List;
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

    /** The table of every kept step in these columns, each row from {@code source}; also while the timeline shows an earlier one. */
    protected final StepsTable keptTable(List<String> columns, StepsTable.RowSource source) {
        long last = keptRun().lastStep();
        return StepsTable.of(columns, keptRun().firstKeptStep(), last, keptRun().isKept(last), source);
    }
}
