package org.gradientlab.engine.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.GradientDescent;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC section 4 on hand-worked data, and against the textbook loops of {@link TextbookRegression}. */
class RegressionStepperTest {

    /** Three points on which lr 0.125 keeps every number a short binary fraction. */
    static final DataSet THREE = new DataSet(new double[] {0, 1, 2}, new double[] {1, 3, 4});
    /** Four points, so that mean's division by 4 is exact too. */
    static final DataSet FOUR = new DataSet(new double[] {0, 1, 2, 3}, new double[] {1, 3, 4, 8});

    static List<RegressionState> rows(RegressionStepper stepper, double lr, int steps) {
        List<RegressionState> rows = new ArrayList<>();
        rows.add(stepper.state());
        for (int k = 0; k < steps; k++) {
            stepper.update(lr);
            rows.add(stepper.state());
        }
        return rows;
    }

    static void assertSameRows(List<double[]> expected, List<RegressionState> actual) {
        assertEquals(expected.size(), actual.size(), "rows");
        for (int k = 0; k < expected.size(); k++) {
            RegressionState row = actual.get(k);
            assertArrayEquals(expected.get(k), new double[] {row.w0(), row.w1(), row.loss()}, "row " + k);
            assertEquals(k, row.step());
        }
    }

    @Test
    void sumReductionWorkedByHand() {
        RegressionStepper stepper = new RegressionStepper(RegressionProblem.fullBatch(THREE, Reduction.SUM),
                new GradientDescent(), 0, 0);
        // r = (1, 3, 4): loss = (1 + 9 + 16)/2; sum r = 8, sum r*x = 0 + 3 + 8 = 11
        assertEquals(new RegressionState(0, 0, 0, 13), stepper.state());
        assertEquals(8.0, stepper.nextSumResiduals());
        assertEquals(11.0, stepper.nextSumResidualsTimesX());
        assertEquals(3, stepper.nextBatchSize());
        stepper.update(0.125);
        // w0 = 0 + 0.125*8, w1 = 0 + 0.125*11; r = (0, 0.625, 0.25): loss = (0.390625 + 0.0625)/2
        assertEquals(new RegressionState(1, 1, 1.375, 0.2265625), stepper.state());
        stepper.update(0.125);
        // sum r = 0.875, sum r*x = 0.625 + 0.5; r = (-0.109375, 0.375, -0.140625)
        assertEquals(new RegressionState(2, 1.109375, 1.515625, 0.17236328125 / 2), stepper.state());
    }

    @Test
    void meanReductionWorkedByHand() {
        RegressionStepper stepper = new RegressionStepper(RegressionProblem.fullBatch(FOUR, Reduction.MEAN),
                new GradientDescent(), 0, 0);
        // r = y: sum r = 16, sum r*x = 35, sum r^2 = 90, loss = 90/2/4
        assertEquals(new RegressionState(0, 0, 0, 11.25), stepper.state());
        stepper.update(0.25);
        // w0 = 0.25*(16/4), w1 = 0.25*(35/4); r = (0, -0.1875, -1.375, 0.4375), sum r^2 = 2.1171875
        assertEquals(new RegressionState(1, 1, 2.1875, 2.1171875 / 2 / 4), stepper.state());
        stepper.update(0.25);
        // sum r = -1.125, sum r*x = -1.625
        assertEquals(1 + 0.25 * (-1.125 / 4), stepper.w0());
        assertEquals(2.1875 + 0.25 * (-1.625 / 4), stepper.w1());
        assertEquals(0.9296875, stepper.w0());
        assertEquals(2.0859375, stepper.w1());
    }

    @Test
    void bothParametersMoveFromTheSameLine() {
        RegressionStepper stepper = new RegressionStepper(RegressionProblem.fullBatch(THREE, Reduction.SUM),
                new GradientDescent(), 0, 0);
        stepper.update(0.125);
        // Updating w1 after w0 = 1 would use r = (0, 2, 3): w1 = 0.125*(2 + 6) = 1, not 1.375.
        assertNotEquals(1.0, stepper.w1());
        assertEquals(1.375, stepper.w1());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd", "momentum", "rmsprop", "adam"})
    void matchesTheTextbookLoopsWithBothReductions(String optimizer) {
        DataSet data = LinearDataGenerator.DEFAULT.generate(200, 7);
        for (Reduction reduction : Reduction.values()) {
            double lr = reduction == Reduction.SUM ? 0.00004 : 0.01;
            TextbookRegression textbook = new TextbookRegression();
            textbook.optimizer = optimizer;
            textbook.mean = reduction == Reduction.MEAN;
            Optimizer engineOptimizer = OptimizerSettings.DEFAULT.withName(optimizer).create();
            RegressionStepper stepper = new RegressionStepper(RegressionProblem.fullBatch(data, reduction),
                    engineOptimizer, -1, 3);
            assertSameRows(textbook.run(data.x(), data.y(), -1, 3, lr, 300), rows(stepper, lr, 300));
        }
    }

    @Test
    void optimizersTakeTheNegatedSumsAsTheirGradient() {
        // Momentum's first step: v = 0.9*0 + (1 - 0.9)*g with g = (-8, -11), then w = w - lr*v.
        RegressionStepper stepper = new RegressionStepper(RegressionProblem.fullBatch(THREE, Reduction.SUM),
                OptimizerSettings.DEFAULT.withName("momentum").create(), 0, 0);
        stepper.update(0.125);
        double v0 = (1 - 0.9) * -8.0;
        double v1 = (1 - 0.9) * -11.0;
        assertEquals(0 - 0.125 * v0, stepper.w0());
        assertEquals(0 - 0.125 * v1, stepper.w1());
        double[] v = new double[2];
        stepper.copyOptimizerState(v);
        assertArrayEquals(new double[] {v0, v1}, v);
    }

    @Test
    void theFullBatchLossIsTheDirectLossOverTheData() {
        DataSet data = LinearDataGenerator.DEFAULT.generate(1000, 3);
        for (Reduction reduction : Reduction.values()) {
            RegressionStepper stepper = new RegressionStepper(RegressionProblem.fullBatch(data, reduction),
                    new GradientDescent(), 0.5, -0.25);
            for (int k = 0; k < 20; k++) {
                assertEquals(LossSurface.loss(data, reduction, stepper.w0(), stepper.w1()), stepper.loss());
                stepper.update(reduction == Reduction.SUM ? 1e-5 : 0.01);
            }
        }
    }

    @Test
    void peekUpdateChangesNothing() {
        RegressionStepper stepper = new RegressionStepper(RegressionProblem.fullBatch(THREE, Reduction.SUM),
                OptimizerSettings.DEFAULT.withName("adam").create(), 0, 0);
        stepper.update(0.1);
        double[] peeked = new double[2];
        stepper.peekUpdate(0.1, peeked);
        RegressionState before = stepper.state();
        stepper.peekUpdate(0.1, new double[2]);
        assertEquals(before, stepper.state());
        stepper.update(0.1);
        assertArrayEquals(peeked, new double[] {stepper.w0(), stepper.w1()});
    }

    @Test
    void aRowWithAnInfiniteLossIsNotFinite() {
        // |r| is about 1e200 while w0 and w1 are finite: r^2 overflows.
        RegressionStepper stepper = new RegressionStepper(RegressionProblem.fullBatch(THREE, Reduction.SUM),
                new GradientDescent(), 1e200, 0);
        assertEquals(Double.POSITIVE_INFINITY, stepper.loss());
        assertEquals(false, stepper.isFinite());
    }
}
