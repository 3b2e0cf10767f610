package org.gradientlab.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.Exp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Backpropagation against central finite differences over many random networks and data sets. */
class GradientCheckTest {

    private static final double H = 1e-5;

    /** The mean cost written out again from SPEC section 3, independently of the engine. */
    private static double meanCost(DataSet data, double[] p, Cost cost) {
        double sum = 0;
        for (int j = 0; j < data.size(); j++) {
            double x = data.x()[j];
            double y = data.y()[j];
            double a1 = 1 / (1 + Exp.exp(-(p[0] * x + p[1])));
            double yhat = 1 / (1 + Exp.exp(-(p[2] * a1 + p[3])));
            sum += cost == Cost.MSE ? (yhat - y) * (yhat - y) / 2 : -(y * Math.log(yhat) + (1 - y) * Math.log(1 - yhat));
        }
        return sum / data.size();
    }

    private static double centralDifference(DataSet data, double[] p, int index, Cost cost) {
        double[] above = p.clone();
        double[] below = p.clone();
        above[index] += H;
        below[index] -= H;
        return (meanCost(data, above, cost) - meanCost(data, below, cost)) / (2 * H);
    }

    private static DataSet randomData(Random random) {
        int n = 1 + random.nextInt(6);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = random.nextDouble() * 4 - 2;
            y[j] = random.nextBoolean() ? random.nextInt(2) : random.nextDouble();
        }
        return new DataSet(x, y);
    }

    @ParameterizedTest
    @EnumSource(Cost.class)
    void backpropMatchesCentralDifferencesOnRandomNetworks(Cost cost) {
        Random random = new Random(20240611L + cost.ordinal());
        int checked = 0;
        for (int trial = 0; trial < 500; trial++) {
            DataSet data = randomData(random);
            double[] p = new double[4];
            for (int i = 0; i < 4; i++) {
                p[i] = random.nextDouble() * 5 - 2.5;
            }
            NetworkProblem problem = new NetworkProblem(data, cost);
            problem.evaluate(p);
            for (int i = 0; i < 4; i++) {
                double backprop = problem.meanGradient(i);
                double numeric = centralDifference(data, p, i, cost);
                assertEquals(numeric, backprop, 1e-8 + 1e-6 * Math.abs(numeric),
                        () -> cost + " trial with params " + List.of(p[0], p[1], p[2], p[3]));
                checked++;
            }
        }
        assertEquals(2000, checked);
    }

    @ParameterizedTest
    @EnumSource(Cost.class)
    void gradientCheckAgreesWithAnIndependentDifference(Cost cost) {
        Random random = new Random(7L + cost.ordinal());
        for (int trial = 0; trial < 200; trial++) {
            DataSet data = randomData(random);
            NetworkParameters at = new NetworkParameters(random.nextGaussian(), random.nextGaussian(),
                    random.nextGaussian() * 2, random.nextGaussian());
            NetworkProblem problem = new NetworkProblem(data, cost);
            GradientCheck check = GradientCheck.of(problem, at);
            List<GradientCheck.ParameterCheck> all = check.all();
            for (int i = 0; i < 4; i++) {
                GradientCheck.ParameterCheck one = all.get(i);
                assertEquals(NetworkParameters.NAMES.get(i), one.name());
                assertEquals(centralDifference(data, at.toArray(), i, cost), one.numeric(), 1e-9);
                problem.evaluate(at.toArray());
                assertEquals(problem.meanGradient(i), one.backprop());
                assertEquals(GradientCheck.relativeError(one.backprop(), one.numeric()), one.relativeError());
                if (Math.abs(one.backprop()) > 1e-3) {
                    assertTrue(one.relativeError() < 1e-6, one.toString());
                }
            }
            assertTrue(check.maxRelativeError() >= check.w1().relativeError());
        }
    }

    @Test
    void leavesTheProblemEvaluatedWhereItWasAsked() {
        NetworkProblem problem = new NetworkProblem(DataSet.single(0.5, 1), Cost.MSE);
        NetworkParameters at = new NetworkParameters(0.3, -0.2, 1.4, 0.1);
        GradientCheck.of(problem, at);
        NetworkPass pass = TwoNodeNetwork.pass(0.5, 1, 0.3, -0.2, 1.4, 0.1, Cost.MSE);
        assertEquals(pass.cost(), problem.meanCost());
        assertEquals(pass.gradB2(), problem.meanGradient(NetworkParameters.B2));
    }

    @Test
    void relativeErrorHasAFloorForTinyNumbers() {
        assertEquals(0.1 / 1.1, GradientCheck.relativeError(1, 1.1), 1e-16);
        assertEquals(0.1 / 1.1, GradientCheck.relativeError(-1.1, -1), 1e-16);
        assertEquals(0.0, GradientCheck.relativeError(0, 0));
        assertEquals(1e-3, GradientCheck.relativeError(1e-15, 2e-15), 1e-12);
    }

    @Test
    void gradientsThatBothNearlyVanishAgreeWhateverTheirRelativeError() {
        // x = 1.5, z1 = 30, z2 = 10: both nodes saturated, dC/dw1 about 1e-16 (SPEC section 3 by hand:
        // delta1 = delta2 * w2 * a1 (1 - a1) with a1 (1 - a1) = e^-30 nearly).
        NetworkProblem problem = new NetworkProblem(DataSet.single(1.5, 0), Cost.MSE);
        GradientCheck check = GradientCheck.of(problem, new NetworkParameters(20, 0, 20, -10));
        double a1 = 1 / (1 + Math.exp(-30));
        double yhat = 1 / (1 + Math.exp(-(20 * a1 - 10)));
        double delta1 = yhat * yhat * (1 - yhat) * 20 * a1 * (1 - a1);
        assertEquals(delta1 * 1.5, check.w1().backprop(), 1e-6 * Math.abs(delta1 * 1.5));
        assertTrue(Math.abs(check.w1().backprop()) < 1e-14 && check.w1().relativeError() > 1e-6,
                "the finite difference of so flat a cost is rounding noise: " + check.w1());
        for (GradientCheck.ParameterCheck one : check.all()) {
            assertTrue(one.agrees(), one.toString());
        }
        assertTrue(check.w1().bothAboutZero());
        assertFalse(check.w2().bothAboutZero(), "dC/dw2 (about 4.5e-5) agrees by its relative error: " + check.w2());
    }

    @Test
    void agreementIsARelativeErrorBelow1e6OrADifferenceBelowTheRoundingOfTheCost() {
        double tolerance = GradientCheck.ABSOLUTE_TOLERANCE;
        assertTrue(new GradientCheck.ParameterCheck("w1", 1e-13, 4e-12, GradientCheck.relativeError(1e-13, 4e-12),
                tolerance).agrees());
        assertFalse(new GradientCheck.ParameterCheck("w1", 1e-3, 1.1e-3, GradientCheck.relativeError(1e-3, 1.1e-3),
                tolerance).agrees(), "a real difference");
        assertFalse(new GradientCheck.ParameterCheck("w1", 1e-7, 3e-7, GradientCheck.relativeError(1e-7, 3e-7),
                tolerance).agrees(), "small, but far above the rounding");
        assertTrue(new GradientCheck.ParameterCheck("w1", 0.5, 0.5 + 1e-8, GradientCheck.relativeError(0.5, 0.5 + 1e-8),
                tolerance).agrees());
    }
}
