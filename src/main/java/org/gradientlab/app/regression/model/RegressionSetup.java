package org.gradientlab.app.regression.model;

import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.StandardizedX;
import org.gradientlab.engine.regression.SufficientStatistics;

/**
 * Everything a regression run is made from, fixed for the run: the person's data, its x scaled or
 * not, the problem trained on, the optimizer and the start. Immutable, so it crosses to the runner
 * and comes back in every snapshot: what is drawn always belongs to the run it is drawn with.
 *
 * @param data       the points as the person has them (original x)
 * @param scaling    the standardised x when "Scale x" is on, else null
 * @param problem    what the run fits: the scaled data when scaling, the reduction, the batch size, the seed
 * @param optimizer  the optimizer of SPEC section 2
 * @param startW0    the start intercept (for scaled x when scaling)
 * @param startW1    the start slope (for scaled x when scaling)
 * @param statistics the sums of the trained data, for the loss surface
 */
public record RegressionSetup(RegressionData data, StandardizedX scaling, RegressionProblem problem,
                              OptimizerSettings optimizer, double startW0, double startW1,
                              SufficientStatistics statistics) {

    /** The data the run trains on: the original points, or with x standardised. */
    public DataSet trained() {
        return problem.data();
    }

    /** The loss surface's shape for this run. */
    public LossBowl bowl() {
        return new LossBowl(statistics, problem.reduction());
    }

    /** True when x is standardised. */
    public boolean scaled() {
        return scaling != null;
    }

    /** The intercept of the fitted line in the data's own x units. */
    public double originalW0(double w0, double w1) {
        return scaling == null ? w0 : scaling.originalW0(w0, w1);
    }

    /** The slope of the fitted line in the data's own x units. */
    public double originalW1(double w1) {
        return scaling == null ? w1 : scaling.originalW1(w1);
    }
}
