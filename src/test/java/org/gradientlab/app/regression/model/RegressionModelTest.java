package org.gradientlab.app.regression.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gradientlab.app.regression.chart.LossGrid;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.regression.LossSurface;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionState;
import org.gradientlab.engine.regression.StandardizedX;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Regression lesson's model with the runner in synchronous mode: everything a person can do, without a window. */
class RegressionModelTest {

    private static final double W0 = RegressionModel.DEFAULT_START_W0;
    private static final double W1 = RegressionModel.DEFAULT_START_W1;

    private final List<RegressionModel> models = new ArrayList<>();
    private RegressionModel model;

    @BeforeEach
    void open() {
        model = newModel();
    }

    private RegressionModel newModel() {
        RegressionModel m = new RegressionModel(RunnerFactory.synchronous());
        models.add(m);
        return m;
    }

    @AfterEach
    void close() {
        models.forEach(RegressionModel::close);
    }

    private static RegressionSnapshot now(RegressionModel m) {
        m.session().pullSnapshot();
        return m.session().snapshotProperty().get();
    }

    private RegressionSnapshot now() {
        return now(model);
    }

    /** sum_j r_j and sum_j r_j*x_j over the given indices, in that order, as SPEC section 4 writes them. */
    private static double[] sums(DataSet data, double w0, double w1, List<Integer> indices) {
        double sumR = 0;
        double sumRX = 0;
        for (int j : indices) {
            double r = data.y()[j] - (w0 + w1 * data.x()[j]);
            sumR += r;
            sumRX += r * data.x()[j];
        }
        return new double[] {sumR, sumRX};
    }

    private static List<Integer> all(int n) {
        List<Integer> indices = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            indices.add(j);
        }
        return indices;
    }

    @Test
    void opensOnFortyGeneratedPointsAtTheDefaultStart() {
        RegressionSnapshot s = now();
        assertEquals(40, model.dataProperty().get().size());
        assertEquals(0, s.current().step());
        assertEquals(W0, s.current().w0());
        assertEquals(W1, s.current().w1());
        DataSet data = model.dataProperty().get().data();
        assertEquals(LossSurface.loss(data, Reduction.SUM, W0, W1), s.current().loss());
        assertFalse(s.rule().taken(), "before the first step the rule shows the update Step would make");
    }

    @Test
    void stepIsOneTextbookUpdateWithSumReduction() {
        DataSet data = model.dataProperty().get().data();
        double lr = model.session().learningRateProperty().get();
        double[] sums = sums(data, W0, W1, all(data.size()));
        model.session().step();
        RegressionSnapshot s = now();
        assertEquals(1, s.current().step());
        assertEquals(W0 + lr * sums[0], s.current().w0());
        assertEquals(W1 + lr * sums[1], s.current().w1());
        UpdateRule rule = s.rule();
        assertTrue(rule.taken());
        assertEquals(sums[0], rule.sumResiduals());
        assertEquals(sums[1], rule.sumResidualsTimesX());
        assertEquals(40, rule.batchSize());
        assertEquals(lr, rule.learningRate());
        assertEquals(W0, rule.w0());
        assertEquals(s.current().w0(), rule.newW0());
    }

    @Test
    void stepWithMeanReductionDividesBothSumsByTheBatchSize() {
        model.reductionProperty().set(Reduction.MEAN);
        model.session().learningRateProperty().set(0.5);
        DataSet data = model.dataProperty().get().data();
        double[] sums = sums(data, W0, W1, all(data.size()));
        model.session().step();
        model.session().step();
        model.session().stepBack();
        RegressionState s = now().current();
        assertEquals(W0 + 0.5 * (sums[0] / 40), s.w0());
        assertEquals(W1 + 0.5 * (sums[1] / 40), s.w1());
        assertEquals(LossSurface.loss(data, Reduction.MEAN, s.w0(), s.w1()), s.loss());
    }

    @Test
    void miniBatchesTakeThePointsInTheOrderShuffledFromTheSeed() {
        model.batchModeProperty().set(BatchMode.MINI_BATCH);
        model.miniBatchSizeProperty().set(8);
        model.seedProperty().set(7);
        DataSet data = model.dataProperty().get().data();
        List<Integer> order = all(data.size());
        Collections.shuffle(order, new Random(7));
        double lr = model.session().learningRateProperty().get();
        double[] first = sums(data, W0, W1, order.subList(0, 8));
        model.session().step();
        RegressionSnapshot s = now();
        assertEquals(W0 + lr * first[0], s.current().w0());
        assertEquals(W1 + lr * first[1], s.current().w1());
        assertEquals(8, s.rule().batchSize());
        assertEquals(5, s.rule().batchesPerEpoch());
        double[] second = sums(data, s.current().w0(), s.current().w1(), order.subList(8, 16));
        model.session().step();
        assertEquals(s.current().w0() + lr * second[0], now().current().w0());
    }

    @Test
    void aMiniBatchRunIsReproducibleFromItsSeed() {
        RegressionModel same = newModel();
        RegressionModel other = newModel();
        for (RegressionModel m : List.of(model, same, other)) {
            m.batchModeProperty().set(BatchMode.ONE_SAMPLE);
            m.seedProperty().set(m == other ? 12 : 11);
            for (int i = 0; i < 100; i++) {
                m.session().step();
            }
        }
        assertEquals(now(model).current(), now(same).current());
        assertEquals(2, now(model).epoch(), "100 single samples of 40 points: two epochs done");
        assertNotEquals(now(model).current(), now(other).current());
    }

    @Test
    void stepBackRestoresTheStateBeforeTheUpdate() {
        model.session().optimizerProperty().set(model.session().optimizerProperty().get().withName("momentum"));
        model.session().step();
        RegressionState one = now().current();
        model.session().step();
        model.session().step();
        model.session().stepBack();
        model.session().stepBack();
        assertEquals(one, now().current());
        assertTrue(now().canStepBack());
        model.session().stepBack();
        assertEquals(0, now().current().step());
        assertFalse(now().canStepBack());
    }

    @Test
    void addingMovingAndRemovingAPointChangesTheDataAndTheLossAndRestarts() {
        model.session().learningRateProperty().set(0.01);
        model.session().step();
        double loss = now().current().loss();
        int index = model.addPoint(0.5, 10);
        assertEquals(40, index);
        assertEquals(41, model.dataProperty().get().size());
        RegressionSnapshot added = now();
        assertEquals(0, added.current().step(), "an edit restarts the run");
        assertEquals(W0, added.current().w0(), "from the start the person chose");
        assertEquals(0.01, model.session().learningRateProperty().get(), "and keeps the rate");
        assertTrue(added.current().loss() > loss + 10, "a point far above the line adds to the loss");
        assertEquals(41, added.setup().trained().size());

        model.movePoint(index, 0.5, 2);
        RegressionSnapshot moved = now();
        assertEquals(2, model.dataProperty().get().data().y()[40]);
        assertTrue(moved.current().loss() < added.current().loss());

        assertTrue(model.removePoint(index));
        assertEquals(40, model.dataProperty().get().size());
        assertEquals(LossSurface.loss(model.dataProperty().get().data(), Reduction.SUM, W0, W1), now().current().loss());
        assertTrue(model.dataProperty().get().source().endsWith(", edited"));
    }

    @Test
    void theLastPointCannotBeRemoved() {
        model.setData(new RegressionData("one", DataSet.single(1, 2)));
        assertFalse(model.removePoint(0));
        assertEquals(1, model.dataProperty().get().size());
    }

    @Test
    void scalingTrainsOnStandardisedXAndDrawsTheLineInTheDataUnits() {
        DataSet original = model.dataProperty().get().data();
        model.scaleXProperty().set(true);
        RegressionSnapshot s = now();
        StandardizedX scaled = StandardizedX.of(original);
        assertEquals(scaled.data().x()[5], s.setup().trained().x()[5]);
        assertEquals(LossSurface.loss(scaled.data(), Reduction.SUM, W0, W1), s.current().loss());
        double x = original.x()[5];
        double scaledX = scaled.data().x()[5];
        assertEquals(s.current().w0() + s.current().w1() * scaledX, s.lineW0() + s.lineW1() * x, 1e-12);
        // Scaled x makes the bowl round (H = n*I for sum): one step at 1/n lands on the best fit.
        model.session().learningRateProperty().set(1.0 / 40);
        model.session().step();
        LossBowl bowl = now().setup().bowl();
        assertEquals(1, bowl.curvatureRatio(), 1e-9);
        assertEquals(bowl.statistics().bestW0(), now().current().w0(), 1e-12);
        assertEquals(bowl.statistics().bestW1(), now().current().w1(), 1e-12);
    }

    @Test
    void unscaledXMakesANarrowValleyWhoseSteepSideLimitsTheRate() {
        LossBowl bowl = now().setup().bowl();
        assertTrue(bowl.curvatureRatio() > 10, "x in [0, 1) is far from centred: " + bowl.curvatureRatio());
        double limit = bowl.maxStableRate();
        model.session().learningRateProperty().set(0.95 * limit);
        model.session().play();
        model.session().playFor(3000);
        assertTrue(now().current().loss() < bowl.minLoss() * 1.001, "just below the limit gd converges");
        model.session().learningRateProperty().set(1.05 * limit);
        model.session().reset();
        model.session().play();
        model.session().playFor(300);
        assertTrue(now().current().loss() > 1e3 * bowl.loss(W0, W1), "just above it every step overshoots further");
    }

    @Test
    void divergenceAtRateTenIsACleanStopAndResetBringsItBack() {
        model.session().learningRateProperty().set(10);
        model.session().play();
        long made = model.session().playFor(100_000);
        RegressionSnapshot s = now();
        assertTrue(s.diverged());
        assertFalse(s.playing());
        assertTrue(made < 100_000);
        assertEquals(made + 1, s.divergedAt());
        assertTrue(s.current().isFinite(), "the run stays at its last finite state");
        model.session().reset();
        RegressionSnapshot fresh = now();
        assertFalse(fresh.diverged());
        assertEquals(0, fresh.current().step());
        assertEquals(W0, fresh.current().w0());
    }

    @Test
    void batchDescentStopsPlayingOnceSettled() {
        model.session().play();
        long made = model.session().playFor(100_000);
        RegressionSnapshot s = now();
        assertTrue(s.converged(), "settled after " + made);
        assertTrue(made < 100_000);
        LossBowl bowl = s.setup().bowl();
        assertEquals(bowl.statistics().bestW0(), s.current().w0(), 1e-9);
        assertEquals(bowl.statistics().bestW1(), s.current().w1(), 1e-9);
    }

    @Test
    void theContourImagesLossesAreTheDirectLossAtThePixelCentres() {
        model.reductionProperty().set(Reduction.MEAN);
        RegressionSetup setup = now().setup();
        LossGrid grid = LossGrid.of(setup.bowl(), -2, 4, -3, 5, 60, 40);
        assertEquals(-2 + 0.05, grid.w0At(0), 1e-15);
        assertEquals(5 - 0.1, grid.w1At(0), 1e-15);
        int[][] pixels = {{0, 0}, {59, 39}, {17, 23}, {42, 3}};
        for (int[] p : pixels) {
            double direct = LossSurface.loss(setup.trained(), Reduction.MEAN, grid.w0At(p[0]), grid.w1At(p[1]));
            assertEquals(direct, grid.lossAt(p[0], p[1]), 1e-12 * direct, "pixel " + p[0] + "," + p[1]);
        }
    }

    @Test
    void theFrameHoldsTheBestFitTheStartAndTheFirstStepWithAMargin() {
        RegressionSnapshot s = now();
        LossBowl bowl = s.setup().bowl();
        double[] frame = bowl.frame(new double[] {W0, s.rule().newW0()}, new double[] {W1, s.rule().newW1()});
        double best0 = bowl.statistics().bestW0();
        double best1 = bowl.statistics().bestW1();
        for (double[] p : new double[][] {{W0, W1}, {best0, best1}, {s.rule().newW0(), s.rule().newW1()}}) {
            double margin0 = 0.15 * (frame[1] - frame[0]);
            double margin1 = 0.15 * (frame[3] - frame[2]);
            assertTrue(p[0] > frame[0] + margin0 && p[0] < frame[1] - margin0, "w0 " + p[0]);
            assertTrue(p[1] > frame[2] + margin1 && p[1] < frame[3] - margin1, "w1 " + p[1]);
        }
    }
}
