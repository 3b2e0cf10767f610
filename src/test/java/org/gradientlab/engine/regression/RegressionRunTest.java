package org.gradientlab.engine.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.GradientDescent;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The recorded run: history, exact step back (across epochs too), the update's numbers, divergence. */
class RegressionRunTest {

    private static final DataSet DATA = LinearDataGenerator.DEFAULT.generate(10, 21);

    @Test
    void recordsEachStepWorkedByHand() {
        RegressionRun run = new RegressionRun(RegressionProblem.fullBatch(RegressionStepperTest.THREE, Reduction.SUM),
                new GradientDescent(), 0, 0);
        assertTrue(run.step(0.125));
        assertTrue(run.step(0.125));
        assertEquals(new RegressionState(0, 0, 0, 13), run.state(0));
        assertEquals(new RegressionState(1, 1, 1.375, 0.2265625), run.state(1));
        assertEquals(run.state(2), run.current());
        assertEquals(0.125, run.learningRateAt(1));
        assertTrue(Double.isNaN(run.learningRateAt(2)));
    }

    @Test
    void aMiniBatchRowGivesTheWholeDataLossThatTheStateHadWhenCurrent() {
        // The rows of a mini-batch run do not hold the loss (a pass over all points): it is summed on request.
        RegressionRun run = new RegressionRun(new RegressionProblem(DATA, Reduction.MEAN, 3, 5), new GradientDescent(), 0, 0);
        List<RegressionState> seen = new ArrayList<>();
        for (int k = 0; k < 9; k++) {
            seen.add(run.current());
            run.step(0.1);
        }
        for (RegressionState state : seen) {
            assertEquals(state, run.state(state.step()));
            assertEquals(LossSurface.loss(DATA, Reduction.MEAN, state.w0(), state.w1()), state.loss());
        }
        assertTrue(seen.get(8).loss() < seen.get(0).loss(), "the loss goes down");
    }

    @Test
    void exposesTheSumsOfTheLastAndTheNextUpdate() {
        RegressionRun run = new RegressionRun(RegressionProblem.fullBatch(RegressionStepperTest.THREE, Reduction.SUM),
                new GradientDescent(), 0, 0);
        assertNull(run.lastUpdate());
        assertEquals(new RegressionUpdate(0, 3, 8, 11, Double.NaN), run.updateFrom(0));
        run.step(0.125);
        assertEquals(new RegressionUpdate(0, 3, 8, 11, 0.125), run.lastUpdate());
        // r = (0, 0.625, 0.25) at step 1
        assertEquals(new RegressionUpdate(1, 3, 0.875, 1.125, Double.NaN), run.updateFrom(1));
    }

    @ParameterizedTest
    @CsvSource({"gd, 2147483647", "momentum, 2147483647", "adam, 2147483647", "adam, 3", "momentum, 1", "rmsprop, 4"})
    void stepBackIsExactAcrossEpochs(String optimizer, int batch) {
        RegressionProblem problem = new RegressionProblem(DATA, Reduction.MEAN, batch, 5);
        OptimizerSettings settings = OptimizerSettings.DEFAULT.withName(optimizer);
        RegressionRun straight = new RegressionRun(problem, settings.create(), 0, 0);
        RegressionRun steppedBack = new RegressionRun(problem, settings.create(), 0, 0);
        for (int k = 0; k < 13; k++) {
            straight.step(0.02);
            steppedBack.step(0.02);
        }
        // With batch 3 of 10 points an epoch is 4 updates: going back 6 steps crosses an epoch start.
        for (int k = 0; k < 6; k++) {
            assertTrue(steppedBack.stepBack());
        }
        assertEquals(straight.state(7), steppedBack.current());
        assertEquals(straight.updateFrom(7).sumResiduals(), steppedBack.updateFrom(7).sumResiduals());
        for (int k = 0; k < 6; k++) {
            steppedBack.step(0.02);
        }
        for (int k = 0; k < 10; k++) {
            straight.step(0.03);
            steppedBack.step(0.03);
        }
        assertEquals(statesOf(straight), statesOf(steppedBack));
        double[] expected = new double[straight.optimizerStateSize()];
        double[] actual = new double[steppedBack.optimizerStateSize()];
        straight.optimizerStateAt(23, expected);
        steppedBack.optimizerStateAt(23, actual);
        assertArrayEquals(expected, actual);
        assertEquals(straight.epoch(), steppedBack.epoch());
    }

    @Test
    void stepBackAtTheStartDoesNothing() {
        RegressionRun run = new RegressionRun(RegressionProblem.fullBatch(DATA, Reduction.SUM), new GradientDescent(), 0, 0);
        RegressionState start = run.current();
        assertFalse(run.stepBack());
        assertEquals(start, run.current());
    }

    @ParameterizedTest
    @CsvSource({"sum, 2147483647", "mean, 2147483647", "sum, 1", "mean, 3"})
    void divergesAtLearningRateTenWhereTheTextbookLoopDoes(String reduction, int batch) {
        DataSet data = LinearDataGenerator.DEFAULT.generate(100, 1);
        TextbookRegression textbook = new TextbookRegression();
        textbook.mean = reduction.equals("mean");
        textbook.batch = batch;
        List<double[]> expected = textbook.run(data.x(), data.y(), 0, 0, 10, 10_000);
        assertTrue(textbook.divergedAt > 0, "lr 10 diverges");

        RegressionRun run = new RegressionRun(new RegressionProblem(data, Reduction.of(reduction), batch, 1),
                new GradientDescent(), 0, 0);
        int taken = 0;
        while (run.step(10)) {
            taken++;
        }
        assertEquals(textbook.divergedAt - 1, taken);
        assertTrue(run.isDiverged());
        assertEquals(textbook.divergedAt, run.divergedAt());
        RegressionState last = run.current();
        assertTrue(last.isFinite(), "stays at the last finite state");
        assertArrayEquals(expected.get(taken), new double[] {last.w0(), last.w1(), last.loss()});
        assertFalse(run.step(10), "the same rate diverges again");
        assertEquals(taken, run.current().step());
        assertTrue(run.step(1e-12), "a smaller rate goes on");
        assertFalse(run.isDiverged());
        assertEquals(taken + 1, run.current().step());
    }

    @Test
    void aStartWithAnInfiniteLossIsDivergedAtStepZero() {
        RegressionRun run = new RegressionRun(RegressionProblem.fullBatch(DATA, Reduction.SUM), new GradientDescent(), 0, 1e300);
        assertTrue(run.isDiverged());
        assertEquals(0, run.divergedAt());
        assertFalse(run.step(0.1));
    }

    @Test
    void peekNextIsWhereTheNextStepGoes() {
        RegressionRun run = new RegressionRun(new RegressionProblem(DATA, Reduction.MEAN, 3, 2),
                OptimizerSettings.DEFAULT.withName("adam").create(), 1, 1);
        run.step(0.1);
        RegressionState peeked = run.peekNext(0.1);
        RegressionState before = run.current();
        run.peekNext(0.5);
        assertEquals(before, run.current());
        run.step(0.1);
        assertEquals(peeked, run.current());
    }

    @Test
    void keepsAtMostItsCapacity() {
        RegressionRun run = new RegressionRun(RegressionProblem.fullBatch(DATA, Reduction.MEAN), new GradientDescent(), 0, 0, 4);
        for (int k = 0; k < 10; k++) {
            run.step(0.01);
        }
        assertEquals(7, run.firstKeptStep());
        assertFalse(run.isKept(6));
        assertTrue(run.stepBack());
        assertTrue(run.stepBack());
        assertTrue(run.stepBack());
        assertFalse(run.stepBack(), "step 6 is no longer kept");
        assertEquals(7, run.current().step());
    }

    private static List<RegressionState> statesOf(RegressionRun run) {
        List<RegressionState> states = new ArrayList<>();
        for (long step = run.firstKeptStep(); step <= run.current().step(); step++) {
            states.add(run.state(step));
        }
        return states;
    }
}
