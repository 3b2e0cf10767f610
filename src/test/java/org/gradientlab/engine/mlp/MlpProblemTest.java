package org.gradientlab.engine.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkProblem;
import org.junit.jupiter.api.Test;

/** The multi-layer network of SPEC section 7: by hand, against the two-node network, against central differences. */
class MlpProblemTest {

    @Test
    void oneOneOneByHand() {
        // x = 1, y = 1, every parameter 0: z1 = 0, a1 = 0.5, z2 = 0, yhat = 0.5, C = 0.125 (mse);
        // delta2 = (0.5-1)*0.5*0.5 = -0.125, delta1 = -0.125*0*0.25 = 0;
        // dC/dw1 = 0, dC/db1 = 0, dC/dw2 = -0.125*0.5, dC/db2 = -0.125
        MlpLayout layout = new MlpLayout(1, 1);
        MlpProblem problem = new MlpProblem(TrainingSet.ofOneInput(new double[] {1}, new double[] {1}), layout,
                Activation.SIGMOID, Cost.MSE, 0);
        double[] gradient = new double[4];
        problem.evaluate(new double[4], gradient);
        assertEquals(0.125, problem.meanCost());
        assertEquals(1, problem.accuracy(), "yhat 0.5 counts as 1");
        // delta1 = (0 * -0.125) * 0.5 * 0.5 is -0.0, as in the two-node network
        assertArrayEquals(new double[] {-0.0, -0.0, -0.0625, -0.125}, gradient);
        assertEquals(0, problem.gradientNorm(1));
        assertEquals(0.0625, problem.gradientNorm(2));
    }

    @Test
    void l2AddsToTheWeightsOnly() {
        MlpLayout layout = new MlpLayout(1, 1);
        MlpProblem plain = new MlpProblem(TrainingSet.ofOneInput(new double[] {1}, new double[] {1}), layout,
                Activation.LINEAR, Cost.MSE, 0);
        MlpProblem decayed = new MlpProblem(TrainingSet.ofOneInput(new double[] {1}, new double[] {1}), layout,
                Activation.LINEAR, Cost.MSE, 0.5);
        double[] params = {2, 3, -1, 4};
        double[] g = new double[4];
        double[] gDecayed = new double[4];
        plain.evaluate(params, g);
        decayed.evaluate(params, gDecayed);
        // cost + 0.5/2 * (2^2 + (-1)^2); weights' gradients + 0.5*w; biases unchanged
        assertEquals(plain.meanCost() + 0.25 * 5, decayed.meanCost(), 1e-15);
        assertEquals(g[0] + 0.5 * 2, gDecayed[0], 1e-15);
        assertEquals(g[1], gDecayed[1]);
        assertEquals(g[2] + 0.5 * -1, gDecayed[2], 1e-15);
        assertEquals(g[3], gDecayed[3]);
        assertEquals(Math.abs(gDecayed[0]), decayed.gradientNorm(1), "the norm includes the L2 term");
    }

    @Test
    void oneHiddenSigmoidNodeIsTheTwoNodeNetworkBitForBit() {
        Random random = new Random(3);
        double[] x = new double[7];
        double[] y = new double[7];
        for (int p = 0; p < x.length; p++) {
            x[p] = -3 + 6 * random.nextDouble();
            y[p] = random.nextDouble();
        }
        for (Cost cost : Cost.values()) {
            MlpProblem mlp = new MlpProblem(TrainingSet.ofOneInput(x, y), new MlpLayout(1, 1), Activation.SIGMOID, cost, 0);
            NetworkProblem network = new NetworkProblem(new DataSet(x, y), cost);
            for (int trial = 0; trial < 50; trial++) {
                double[] params = {random.nextGaussian() * 3, random.nextGaussian(), random.nextGaussian() * 3,
                    random.nextGaussian()};
                double[] mlpGradient = new double[4];
                double[] networkGradient = new double[4];
                mlp.evaluate(params, mlpGradient);
                network.evaluate(params[0], params[1], params[2], params[3], networkGradient);
                // the two lay out their parameters alike: w1, b1, w2, b2
                assertArrayEquals(networkGradient, mlpGradient);
                assertEquals(network.meanCost(), mlp.meanCost());
            }
        }
    }

    @Test
    void backpropagationAgreesWithCentralDifferences() {
        Random random = new Random(17);
        double[] inputs = new double[2 * 6];
        double[] targets = new double[6];
        for (int p = 0; p < targets.length; p++) {
            inputs[2 * p] = random.nextGaussian();
            inputs[2 * p + 1] = random.nextGaussian();
            targets[p] = random.nextDouble();
        }
        TrainingSet data = new TrainingSet(2, inputs, targets);
        int checked = 0;
        for (Activation activation : List.of(Activation.SIGMOID, Activation.TANH, Activation.LINEAR)) {
            for (Cost cost : Cost.values()) {
                for (int[] hidden : new int[][] {{3}, {4, 2}, {2, 3, 2}, {}}) {
                    MlpLayout layout = new MlpLayout(2, hidden);
                    MlpProblem problem = new MlpProblem(data, layout, activation, cost, 0.03);
                    double[] params = layout.initialParameters(random.nextLong());
                    for (int k = 0; k < params.length; k++) {
                        params[k] += 0.1 * random.nextGaussian();
                    }
                    double[] gradient = new double[params.length];
                    problem.evaluate(params, gradient);
                    for (int k = 0; k < params.length; k++) {
                        double difference = centralDifference(problem, params, k, 1e-5);
                        double tolerance = 1e-6 * Math.max(1e-2, Math.abs(difference));
                        assertTrue(Math.abs(gradient[k] - difference) <= tolerance, activation + " " + cost + " "
                                + java.util.Arrays.toString(hidden) + " parameter " + k + ": " + gradient[k] + " vs " + difference);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 300, checked + " checked");
    }

    private static double centralDifference(MlpProblem problem, double[] params, int k, double h) {
        double[] scratch = new double[params.length];
        double[] moved = params.clone();
        moved[k] = params[k] + h;
        problem.evaluate(moved, scratch);
        double up = problem.meanCost();
        moved[k] = params[k] - h;
        problem.evaluate(moved, scratch);
        double down = problem.meanCost();
        return (up - down) / (2 * h);
    }

    @Test
    void initialWeightsComeFromOneRandomLayerByLayerRowByRow() {
        MlpLayout layout = new MlpLayout(2, 3, 2);
        double[] params = layout.initialParameters(42);
        Random random = new Random(42);
        int[] sizes = {2, 3, 2, 1};
        int k = 0;
        for (int l = 1; l < sizes.length; l++) {
            for (int i = 0; i < sizes[l]; i++) {
                for (int j = 0; j < sizes[l - 1]; j++) {
                    double sum = 0;
                    for (int u = 0; u < 12; u++) {
                        sum += random.nextDouble();
                    }
                    assertEquals((sum - 6) * Math.sqrt(1.0 / sizes[l - 1]), params[k++], "w" + l + "_" + (i + 1) + "_" + (j + 1));
                }
            }
            for (int i = 0; i < sizes[l]; i++) {
                assertEquals(0, params[k++], "b" + l + "_" + (i + 1));
            }
        }
        assertEquals(layout.parameterCount(), k);
        assertEquals(List.of("w1_1_1", "w1_1_2", "w1_2_1", "w1_2_2", "w1_3_1", "w1_3_2", "b1_1", "b1_2", "b1_3",
                "w2_1_1", "w2_1_2", "w2_1_3", "w2_2_1", "w2_2_2", "w2_2_3", "b2_1", "b2_2", "w3_1_1", "w3_1_2", "b3_1"),
                layout.parameterNames());
    }

    @Test
    void layoutsOutsideTheRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MlpLayout(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new MlpLayout(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new MlpLayout(1, 65));
        assertThrows(IllegalArgumentException.class, () -> new MlpProblem(TrainingSet.ofOneInput(new double[] {1},
                new double[] {1}), new MlpLayout(2, 2), Activation.TANH, Cost.MSE, 0));
    }
}
