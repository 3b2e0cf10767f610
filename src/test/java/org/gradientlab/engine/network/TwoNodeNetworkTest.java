package org.gradientlab.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.gradientlab.engine.Exp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC section 3 on one pair, worked step by step from the written formulas. */
class TwoNodeNetworkTest {

    private static final double X = 1.5;
    private static final double Y = 0;
    private static final double W1 = 0.5;
    private static final double B1 = 0;
    private static final double W2 = -0.3;
    private static final double B2 = 0;

    @Test
    void forwardAndBackwardPassUnderMse() {
        double z1 = W1 * X + B1;
        double a1 = 1 / (1 + Exp.exp(-z1));
        double z2 = W2 * a1 + B2;
        double yhat = 1 / (1 + Exp.exp(-z2));
        double cost = (yhat - Y) * (yhat - Y) / 2;
        double delta2 = (yhat - Y) * yhat * (1 - yhat);
        double delta1 = delta2 * W2 * a1 * (1 - a1);
        NetworkPass expected = new NetworkPass(X, Y, z1, a1, z2, yhat, cost, delta2, delta1, delta1 * X, delta1,
                delta2 * a1, delta2);
        NetworkPass pass = TwoNodeNetwork.pass(X, Y, W1, B1, W2, B2, Cost.MSE);
        assertEquals(expected, pass);
        // The same numbers worked outside Java, to a few ulps.
        assertEquals(0.75, pass.z1());
        assertEquals(0.679178699175393, pass.a1(), 1e-15);
        assertEquals(-0.2037536097526179, pass.z2(), 1e-15);
        assertEquals(0.4492370969155926, pass.yhat(), 1e-15);
        assertEquals(0.10090698462257477, pass.cost(), 1e-15);
        assertEquals(0.11115164758444589, pass.delta2(), 1e-15);
        assertEquals(-0.0072658162671084565, pass.delta1(), 1e-16);
        assertEquals(-0.010898724400662686, pass.gradW1(), 1e-16);
        assertEquals(0.07549183141760567, pass.gradW2(), 1e-16);
    }

    @Test
    void forwardAndBackwardPassUnderCrossEntropy() {
        double x = -0.8;
        double y = 1;
        double w1 = 1.2;
        double b1 = -0.4;
        double w2 = 2.5;
        double b2 = 0.3;
        double z1 = w1 * x + b1;
        double a1 = 1 / (1 + Exp.exp(-z1));
        double z2 = w2 * a1 + b2;
        double yhat = 1 / (1 + Exp.exp(-z2));
        double cost = -(y * Math.log(yhat) + (1 - y) * Math.log(1 - yhat));
        double delta2 = yhat - y;
        double delta1 = delta2 * w2 * a1 * (1 - a1);
        NetworkPass expected = new NetworkPass(x, y, z1, a1, z2, yhat, cost, delta2, delta1, delta1 * x, delta1,
                delta2 * a1, delta2);
        NetworkPass pass = TwoNodeNetwork.pass(x, y, w1, b1, w2, b2, Cost.XENT);
        assertEquals(expected, pass);
        assertEquals(-1.3599999999999999, pass.z1());
        assertEquals(0.2042403022840918, pass.a1(), 1e-15);
        assertEquals(0.6922375069253259, pass.yhat(), 1e-15);
        assertEquals(0.36782616415014424, pass.cost(), 1e-15);
        assertEquals(-0.30776249307467407, pass.delta2(), 1e-15);
        assertEquals(-0.1250486721835519, pass.delta1(), 1e-15);
        assertEquals(0.10003893774684153, pass.gradW1(), 1e-15);
        assertEquals(-0.06285750461727714, pass.gradW2(), 1e-15);
    }

    @Test
    void crossEntropyAndMseShareTheForwardPassButNotDelta2() {
        NetworkPass mse = TwoNodeNetwork.pass(X, Y, W1, B1, W2, B2, Cost.MSE);
        NetworkPass xent = TwoNodeNetwork.pass(X, Y, W1, B1, W2, B2, Cost.XENT);
        assertEquals(mse.yhat(), xent.yhat());
        // With y = 0, xent's delta2 is yhat, mse's is yhat^2*(1-yhat)
        assertEquals(xent.yhat(), xent.delta2());
        assertEquals(0.4492370969155926, xent.delta2(), 1e-15);
        assertEquals(0.5964508653682061, xent.cost(), 1e-15);
        assertEquals(mse.yhat() * mse.yhat() * (1 - mse.yhat()), mse.delta2(), 1e-17);
    }

    @ParameterizedTest
    @EnumSource(Cost.class)
    void matchesTheWrittenFormulasBitForBitOnRandomPairs(Cost cost) {
        Random random = new Random(42L + cost.ordinal());
        for (int trial = 0; trial < 20_000; trial++) {
            double x = random.nextGaussian() * 3;
            double y = random.nextBoolean() ? random.nextInt(2) : random.nextDouble();
            double w1 = random.nextGaussian() * 2;
            double b1 = random.nextGaussian();
            double w2 = random.nextGaussian() * 2;
            double b2 = random.nextGaussian();
            double z1 = w1 * x + b1;
            double a1 = 1 / (1 + Exp.exp(-z1));
            double z2 = w2 * a1 + b2;
            double yhat = 1 / (1 + Exp.exp(-z2));
            double c;
            double delta2;
            if (cost == Cost.MSE) {
                c = (yhat - y) * (yhat - y) / 2;
                delta2 = (yhat - y) * yhat * (1 - yhat);
            } else {
                c = -(y * Math.log(yhat) + (1 - y) * Math.log(1 - yhat));
                delta2 = yhat - y;
            }
            double delta1 = delta2 * w2 * a1 * (1 - a1);
            NetworkPass expected = new NetworkPass(x, y, z1, a1, z2, yhat, c, delta2, delta1, delta1 * x, delta1,
                    delta2 * a1, delta2);
            // Record equality compares doubles bit for bit, the sign of zero included.
            assertEquals(expected, TwoNodeNetwork.pass(x, y, w1, b1, w2, b2, cost));
        }
    }

    @Test
    void delta1IsDelta2TimesW2TimesTheSigmoidSlope() {
        for (Cost cost : Cost.values()) {
            for (double w2 : new double[] {-2.5, -0.3, 0.7, 4}) {
                NetworkPass pass = TwoNodeNetwork.pass(0.9, 0.25, -1.1, 0.2, w2, -0.6, cost);
                double slope = w2 * pass.a1() * (1 - pass.a1());
                assertEquals(slope, pass.delta1() / pass.delta2(), 4e-15 * Math.abs(slope), cost + " w2=" + w2);
                assertEquals(pass.delta1(), pass.gradB1());
                assertEquals(pass.delta1() * 0.9, pass.gradW1());
                assertEquals(pass.delta2(), pass.gradB2());
                assertEquals(pass.delta2() * pass.a1(), pass.gradW2());
            }
        }
    }

    @Test
    void sigmoidIsOneOverOnePlusExpMinusZ() {
        assertEquals(0.5, TwoNodeNetwork.sigmoid(0));
        assertEquals(1 / (1 + Exp.exp(-2.0)), TwoNodeNetwork.sigmoid(2));
        assertEquals(1.0, TwoNodeNetwork.sigmoid(40), "rounds to 1 well before z is large");
        assertEquals(0.0, TwoNodeNetwork.sigmoid(-800), "exp overflows, the sigmoid does not");
    }

    @Test
    void theInstanceAndTheRecordAgree() {
        TwoNodeNetwork network = new TwoNodeNetwork(Cost.XENT);
        network.run(X, Y, W1, B1, W2, B2);
        NetworkPass pass = TwoNodeNetwork.pass(X, Y, W1, B1, W2, B2, Cost.XENT);
        assertEquals(pass, new NetworkPass(X, Y, network.z1(), network.a1(), network.z2(), network.yhat(),
                network.pairCost(), network.delta2(), network.delta1(), network.gradW1(), network.gradB1(),
                network.gradW2(), network.gradB2()));
    }

    @Test
    void crossEntropyIsInfiniteWhenYhatRoundsToTheWrongEnd() {
        // z2 = 40 gives yhat == 1.0 exactly, so ln(1 - yhat) = -infinity with y = 0
        NetworkPass pass = TwoNodeNetwork.pass(0, 0, 0, 0, 0, 40, Cost.XENT);
        assertEquals(1.0, pass.yhat());
        assertEquals(Double.POSITIVE_INFINITY, pass.cost());
        assertEquals(1.0, pass.delta2(), "the gradient itself stays finite");
    }

    @Test
    void costsAreNamedAsOnTheCommandLine() {
        assertEquals(List.of("mse", "xent"), Cost.LABELS);
        assertEquals(Cost.MSE, Cost.parse("mse"));
        assertEquals(Cost.XENT, Cost.parse("xent"));
        assertEquals("xent", Cost.XENT.label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cost.parse("MSE"));
        assertEquals("unknown cost 'MSE' (expected mse, xent)", e.getMessage());
    }
}
