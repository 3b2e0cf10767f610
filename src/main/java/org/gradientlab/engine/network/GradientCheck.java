package org.gradientlab.engine.network;

import java.util.List;

/**
 * Backpropagation checked against central finite differences of the mean cost, one parameter at
 * a time: dC/dp ~ (C(p + h) - C(p - h)) / (2h), the others held still.
 *
 * @param w1 the check of dC/dw1
 * @param b1 the check of dC/db1
 * @param w2 the check of dC/dw2
 * @param b2 the check of dC/db2
 */
public record GradientCheck(ParameterCheck w1, ParameterCheck b1, ParameterCheck w2, ParameterCheck b2) {

    /** The step h of the central difference unless one is given. */
    public static final double DEFAULT_H = 1e-5;

    /** Relative errors below this count as agreement. */
    public static final double RELATIVE_TOLERANCE = 1e-6;
    /**
     * Differences below this times max(1, |C|) count as agreement whatever the relative error: the
     * central difference's rounding, about 1e-16 |C| / h = 1e-11 |C|, with room to spare. Two
     * gradients that both nearly vanish (a saturated node) then agree instead of showing a large
     * relative error of rounding noise.
     */
    public static final double ABSOLUTE_TOLERANCE = 1e-8;

    /**
     * One parameter's derivative both ways.
     *
     * @param name          w1, b1, w2 or b2
     * @param backprop      the mean gradient from backpropagation
     * @param numeric       the central finite difference of the mean cost
     * @param relativeError |backprop - numeric| / max(|backprop|, |numeric|, 1e-12)
     * @param absoluteTolerance the difference below which the two agree however small they are:
     *                      {@link #ABSOLUTE_TOLERANCE} times max(1, |C|)
     */
    public record ParameterCheck(String name, double backprop, double numeric, double relativeError,
                                 double absoluteTolerance) {

        /** Whether the two agree: within {@link #RELATIVE_TOLERANCE}, or closer than the rounding of the difference. */
        public boolean agrees() {
            return relativeError < RELATIVE_TOLERANCE || Math.abs(backprop - numeric) <= absoluteTolerance;
        }

        /** Whether they agree only because both are about zero (the relative error means nothing then). */
        public boolean bothAboutZero() {
            return relativeError >= RELATIVE_TOLERANCE && Math.abs(backprop - numeric) <= absoluteTolerance;
        }
    }

    /** Checks the gradient at {@code at} with h = {@link #DEFAULT_H}. */
    public static GradientCheck of(NetworkProblem problem, NetworkParameters at) {
        return of(problem, at, DEFAULT_H);
    }

    /** Checks the gradient at {@code at}; leaves the problem evaluated at {@code at}. */
    public static GradientCheck of(NetworkProblem problem, NetworkParameters at, double h) {
        ParameterCheck[] checks = new ParameterCheck[NetworkParameters.COUNT];
        for (int p = 0; p < checks.length; p++) {
            checks[p] = check(problem, at.toArray(), p, h);
        }
        problem.evaluate(at.toArray());
        return new GradientCheck(checks[NetworkParameters.W1], checks[NetworkParameters.B1],
                checks[NetworkParameters.W2], checks[NetworkParameters.B2]);
    }

    private static ParameterCheck check(NetworkProblem problem, double[] params, int p, double h) {
        problem.evaluate(params);
        double backprop = problem.meanGradient(p);
        double tolerance = ABSOLUTE_TOLERANCE * Math.max(1, Math.abs(problem.meanCost()));
        double centre = params[p];
        double above = centre + h;
        double below = centre - h;
        params[p] = above;
        problem.evaluate(params);
        double costAbove = problem.meanCost();
        params[p] = below;
        problem.evaluate(params);
        double costBelow = problem.meanCost();
        // Divide by the step actually taken: centre + h rounds, and 2h would not be the distance.
        double numeric = (costAbove - costBelow) / (above - below);
        return new ParameterCheck(NetworkParameters.NAMES.get(p), backprop, numeric, relativeError(backprop, numeric),
                tolerance);
    }

    /** |a - b| / max(|a|, |b|, 1e-12): the floor keeps two tiny numbers from looking far apart. */
    public static double relativeError(double a, double b) {
        return Math.abs(a - b) / Math.max(Math.max(Math.abs(a), Math.abs(b)), 1e-12);
    }

    /** The four checks in the order w1, b1, w2, b2. */
    public List<ParameterCheck> all() {
        return List.of(w1, b1, w2, b2);
    }

    /** The largest relative error of the four. */
    public double maxRelativeError() {
        double max = 0;
        for (ParameterCheck check : all()) {
            max = Math.max(max, check.relativeError());
        }
        return max;
    }
}
