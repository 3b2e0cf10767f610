package org.gradientlab.app.regression;

import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.regression.model.LossBowl;
import org.gradientlab.app.regression.model.RegressionSetup;
import org.gradientlab.app.regression.model.RegressionSnapshot;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionState;

/** The words of the Regression lesson: the status line, the divergence banner, and why scaling x helps. */
final class RegressionText {

    /** Steps of rising loss that make a run "diverging". */
    static final int GROWING_STEPS = 3;

    private RegressionText() {
    }

    /** "Step 12 · 12 epochs done · loss = 1.25 · w0 = 1.06, w1 = 1.88 · running". */
    static String status(RegressionSnapshot s) {
        RegressionState now = s.current();
        String state = s.diverged() ? "diverged" : s.converged() ? "converged: the updates no longer move w0 and w1"
                : isGrowing(s) ? "diverging: each step overshoots further and the loss grows; lower η"
                : s.playing() ? "running" : now.step() == 0 ? "at the start: press Step or Play" : "paused";
        String epochs = s.epoch() + (s.epoch() == 1 ? " epoch" : " epochs") + " done";
        return "Step " + now.step() + "   ·   " + epochs + "   ·   loss = " + Numbers.format(now.loss())
                + "   ·   w0 = " + Numbers.format(now.w0()) + ", w1 = " + Numbers.format(now.w1())
                + "   ·   " + state;
    }

    /** True when batch descent's loss rose at each of the last {@link #GROWING_STEPS} steps traced. */
    static boolean isGrowing(RegressionSnapshot s) {
        double[] loss = s.trace().values()[RegressionSnapshot.LOSS];
        if (!s.setup().problem().isFullBatch() || loss.length <= GROWING_STEPS) {
            return false;
        }
        for (int i = loss.length - GROWING_STEPS; i < loss.length; i++) {
            if (!(loss[i] > loss[i - 1])) {
                return false;
            }
        }
        return true;
    }

    /** The banner over the charts, or "" when there is nothing to shout about. */
    static String banner(RegressionSnapshot s) {
        if (!s.diverged()) {
            return "";
        }
        if (s.divergedAt() == 0) {
            return "The loss is not a finite number at the start. Choose another start, or other data.";
        }
        LossBowl bowl = s.setup().bowl();
        String limit = bowl.hasMinimum() ? " (for plain gd on all points, below " + Numbers.format(bowl.maxStableRate(), 3)
                + ")" : "";
        return "Diverged at step " + s.divergedAt() + ": the next update would make w0, w1 or the loss too large for a "
                + "computer to hold. The run stopped at its last finite point. Lower the learning rate" + limit
                + " and Step on, or Reset (R).";
    }

    /** Why the valley is narrow (or round, once x is scaled), with this data's numbers. */
    static String valley(RegressionSetup setup) {
        LossBowl bowl = setup.bowl();
        if (!bowl.hasMinimum()) {
            return "Every x is the same, so w1 cannot be told apart from w0: the valley has a flat floor and no single "
                    + "lowest point.";
        }
        String rate = Numbers.format(bowl.maxStableRate(), 3);
        if (setup.scaled()) {
            String oneStep = setup.problem().reduction() == Reduction.SUM
                    ? "1/n = " + Numbers.format(1.0 / setup.data().size(), 3) : "1";
            return "x is scaled to mean 0 and standard deviation 1: the bowl is round (curvature ratio "
                    + Numbers.format(bowl.curvatureRatio(), 3) + "), so one rate suits both directions. Plain gd on all "
                    + "points converges for η below " + rate + ", and η = " + oneStep + " lands on the best fit in one step.";
        }
        return "Unscaled, the loss curves " + Numbers.format(bowl.curvatureRatio(), 3) + " times more steeply across "
                + "the valley than along it (w1 multiplies x, so when x is large or far from 0, w1 weighs far more "
                + "than w0). The steep side sets the rate: plain gd on all points diverges above η = " + rate
                + ", and below that it creeps along the flat floor."
                + (setup.problem().reduction() == Reduction.SUM && setup.data().size() > 100
                ? " With sum, the curvatures grow with n; mean divides them by n." : "");
    }
}
