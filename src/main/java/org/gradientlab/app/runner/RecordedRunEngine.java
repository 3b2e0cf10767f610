package org.gradientlab.app.runner;

import org.gradientlab.engine.KeptRun;
import org.gradientlab.engine.RecordedRun;

/**
 * A lesson's engine over one {@link RecordedRun}: Step and Step back are the run's. The lesson adds
 * its snapshot, its ghost and its table.
 *
 * @param <S> the lesson's snapshot type
 * @param <R> the lesson's run
 */
public abstract class RecordedRunEngine<S, R extends RecordedRun> extends KeptRunEngine<S> {

    /** The run the engine steps. */
    protected final R run;

    protected RecordedRunEngine(R run) {
        this.run = run;
    }

    @Override
    protected final KeptRun keptRun() {
        return run;
    }

    @Override
    public boolean step(double learningRate) {
        return run.step(learningRate);
    }

    @Override
    public boolean stepBack() {
        return run.stepBack();
    }
}
