package org.gradientlab.engine.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.GradientDescent;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mini-batches (SPEC section 4): the shuffled order per epoch, its seed, and the updates on it. */
class MiniBatchTest {

    private static final DataSet DATA = LinearDataGenerator.DEFAULT.generate(10, 11);

    @Test
    void everyEpochVisitsEveryPointOnceInBatchesOfTheGivenSize() {
        EpochOrder order = new EpochOrder(10, 3, 1);
        List<List<Integer>> epochs = new ArrayList<>();
        for (int epoch = 0; epoch < 4; epoch++) {
            assertEquals(epoch, order.epoch());
            List<Integer> visited = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            for (int batch = 0; batch < 4; batch++) {
                sizes.add(order.batchEnd() - order.batchStart());
                for (int i = order.batchStart(); i < order.batchEnd(); i++) {
                    visited.add(order.order()[i]);
                }
                order.advance();
            }
            assertEquals(List.of(3, 3, 3, 1), sizes, "the last batch takes what is left");
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), visited.stream().sorted().toList());
            epochs.add(visited);
        }
        assertNotEquals(epochs.get(0), epochs.get(1), "shuffled again each epoch");
        assertNotEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), epochs.get(0), "shuffled at all");
    }

    @ParameterizedTest
    @CsvSource({"1, gd, sum", "3, gd, mean", "4, momentum, mean", "7, adam, sum", "9, rmsprop, mean"})
    void matchesTheTextbookLoopOverShuffledEpochs(int batch, String optimizer, String reduction) {
        TextbookRegression textbook = new TextbookRegression();
        textbook.optimizer = optimizer;
        textbook.mean = reduction.equals("mean");
        textbook.batch = batch;
        textbook.seed = 123;
        double lr = 0.002;
        RegressionProblem problem = new RegressionProblem(DATA, Reduction.of(reduction), batch, 123);
        RegressionStepper stepper = new RegressionStepper(problem, OptimizerSettings.DEFAULT.withName(optimizer).create(), 0, 0);
        RegressionStepperTest.assertSameRows(textbook.run(DATA.x(), DATA.y(), 0, 0, lr, 95),
                RegressionStepperTest.rows(stepper, lr, 95));
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        List<RegressionState> first = run(3, 17);
        assertEquals(first, run(3, 17));
        assertNotEquals(first.get(first.size() - 1), run(3, 18).get(first.size() - 1));
    }

    @Test
    void aBatchOfAllThePointsOrMoreIsTheFullBatch() {
        List<RegressionState> full = RegressionStepperTest.rows(new RegressionStepper(
                RegressionProblem.fullBatch(DATA, Reduction.MEAN), new GradientDescent(), 0, 0), 0.01, 20);
        assertEquals(full, run(10, 5));
        assertEquals(full, run(1000, 5));
    }

    @Test
    void batchSizesFollowTheStep() {
        RegressionProblem problem = new RegressionProblem(DATA, Reduction.SUM, 4, 1);
        assertEquals(3, problem.batchesPerEpoch());
        int[] expected = {4, 4, 2, 4, 4, 2, 4};
        RegressionStepper stepper = new RegressionStepper(problem, new GradientDescent(), 0, 0);
        for (int step = 0; step < expected.length; step++) {
            assertEquals(expected[step], problem.batchSizeAt(step));
            assertEquals(expected[step], stepper.nextBatchSize());
            assertEquals(step / 3, stepper.epoch());
            stepper.update(0.001);
        }
        assertEquals(10, RegressionProblem.fullBatch(DATA, Reduction.SUM).batchSizeAt(5));
    }

    @Test
    void aSingleSampleStepUsesOnePoint() {
        RegressionStepper stepper = new RegressionStepper(new RegressionProblem(DATA, Reduction.SUM, 1, 2),
                new GradientDescent(), 0, 0);
        assertEquals(1, stepper.nextBatchSize());
        double sum = stepper.nextSumResiduals();
        boolean isOneResidual = false;
        for (double y : DATA.y()) {
            isOneResidual |= y == sum;
        }
        assertTrue(isOneResidual, "at w = 0 the one residual is one of the y");
    }

    private static List<RegressionState> run(int batch, long seed) {
        RegressionStepper stepper = new RegressionStepper(new RegressionProblem(DATA, Reduction.MEAN, batch, seed),
                new GradientDescent(), 0, 0);
        return RegressionStepperTest.rows(stepper, 0.01, 20);
    }
}
