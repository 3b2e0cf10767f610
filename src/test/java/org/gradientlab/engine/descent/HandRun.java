package org.gradientlab.engine.descent;

import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * One run stepped by hand through {@link DescentRun} and {@link DescentStatus}, the way the lesson
 * plays it, for comparing with the sweep's bare loop.
 */
final class HandRun {

    final long steps;
    final double w;
    final double f;
    final boolean converged;
    final boolean diverged;

    HandRun(Expression function, OptimizerSettings optimizer, double w0, double learningRate, int n) {
        DescentRun run = new DescentRun(function.evaluator(), optimizer.create(), w0, n + 2);
        double runaway = DescentTrial.RUNAWAY * Math.max(1, Math.abs(w0));
        boolean ranAway = false;
        for (int k = 0; k < n; k++) {
            if (DescentStatus.of(run, DescentTrial.TOLERANCE) == DescentStatus.CONVERGED || !run.step(learningRate)) {
                break;
            }
            if (Math.abs(run.current().w()) > runaway) {
                ranAway = true;
                break;
            }
        }
        converged = DescentStatus.of(run, DescentTrial.TOLERANCE) == DescentStatus.CONVERGED;
        diverged = run.isDiverged() || ranAway;
        steps = run.isDiverged() ? run.divergedAt() : run.current().step();
        w = run.current().w();
        f = run.current().f();
    }
}
