package org.gradientlab.app.regression;

import javafx.beans.property.ObjectProperty;
import org.gradientlab.app.OptimizerBranch;
import org.gradientlab.app.TrainingRunner;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * The Regression lesson's optimizer and its timeline: at the newest step a new optimizer restarts
 * the run; while an earlier step k is shown it waits for Branch from here, which goes on from
 * (w0, w1) at k on the same data position with a fresh optimizer ({@link RegressionEngine#continueWith}).
 */
final class RegressionBranching {

    private RegressionBranching() {
    }

    /**
     * Hooks the optimizer property to the runner's timeline.
     *
     * @param reset restarts the run from the start; it must call {@link OptimizerBranch#started}
     */
    static OptimizerBranch<RegressionSnapshot> wire(TrainingRunner<RegressionSnapshot> runner,
                                                    ObjectProperty<OptimizerSettings> optimizer, Runnable reset) {
        OptimizerBranch<RegressionSnapshot> branch = new OptimizerBranch<>(runner, optimizer.get(), reset,
                next -> cut -> ((RegressionEngine) cut).continueWith(next));
        optimizer.addListener((obs, old, now) -> branch.changed(now));
        return branch;
    }
}
