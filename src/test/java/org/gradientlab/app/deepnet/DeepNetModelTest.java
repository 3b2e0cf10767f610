package org.gradientlab.app.deepnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.gradientlab.app.lesson.PassPhase;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.cli.Cli;
import org.gradientlab.engine.mlp.Activation;
import org.gradientlab.engine.mlp.TrainingSet;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.io.export.StepsTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Deep network lesson's model with the runner in synchronous mode. */
class DeepNetModelTest {

    @TempDir
    Path folder;
    private DeepNetModel model;

    @BeforeEach
    void open() {
        model = new DeepNetModel(RunnerFactory.synchronous());
    }

    @AfterEach
    void close() {
        model.close();
    }

    private DeepNetSnapshot now() {
        model.session().pullSnapshot();
        return model.session().snapshot();
    }

    /** Plays exactly n updates on the synchronous runner. */
    private static long play(DeepNetModel lesson, long n) {
        lesson.session().play();
        long made = lesson.session().playFor(n);
        lesson.session().pause();
        return made;
    }

    private String stepsCsv() throws IOException {
        AtomicReference<StepsTable> table = new AtomicReference<>();
        model.session().keptSteps(table::set);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.get().writeCsv(out);
        return out.toString(StandardCharsets.US_ASCII);
    }

    /** The data as the file the mlp command reads: x,y or x1,x2,y, every number as Double.toString writes it. */
    private Path csvOf(TrainingSet data) throws IOException {
        StringBuilder text = new StringBuilder(data.inputCount() == 1 ? "x,y\n" : "x1,x2,y\n");
        for (int p = 0; p < data.size(); p++) {
            for (int j = 0; j < data.inputCount(); j++) {
                text.append(data.inputs()[p * data.inputCount() + j]).append(',');
            }
            text.append(data.targets()[p]).append('\n');
        }
        Path file = folder.resolve("data.csv");
        Files.writeString(file, text);
        return file;
    }

    private static String mlp(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void stepsOnTwoInputsAreTheMlpCommandsRowsBitForBit() throws IOException {
        model.change(() -> {
            model.dataProperty().set(DeepNetData.SPIRAL);
            model.hiddenProperty().set(new int[] {5, 3});
            model.activationProperty().set(Activation.RELU);
            model.costProperty().set(Cost.XENT);
            model.l2Property().set(0.01);
            model.seedProperty().set(7);
        });
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withKind(OptimizerKind.ADAM));
        model.session().learningRateProperty().set(0.02);
        assertEquals(40, play(model, 40));
        String expected = mlp("mlp", "--data", csvOf(DeepNetData.SPIRAL.set()).toString(), "--hidden", "5,3",
                "--activation", "relu", "--cost", "xent", "--l2", "0.01", "--seed", "7", "--lr", "0.02",
                "--optimizer", "adam", "--steps", "40");
        assertEquals(expected, stepsCsv());
    }

    @Test
    void theChainOfOneNodeLayersIsTheMlpCommandsRunToo() throws IOException {
        model.choose(DeepNetData.CHAIN);
        assertArrayEquals(new int[] {1, 1, 1, 1}, model.hiddenProperty().get());
        assertEquals(Activation.SIGMOID, model.activationProperty().get());
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withKind(OptimizerKind.ADAGRAD));
        model.session().learningRateProperty().set(0.5);
        play(model, 25);
        String expected = mlp("mlp", "--data", csvOf(DeepNetData.CHAIN.set()).toString(), "--hidden", "1,1,1,1",
                "--activation", "sigmoid", "--cost", "mse", "--lr", "0.5", "--optimizer", "adagrad", "--steps", "25");
        assertEquals(expected, stepsCsv());
    }

    @Test
    void aScheduleIsTheMlpCommandsScheduleAndItsRateIsShown() throws IOException {
        Schedule cosine = new Schedule(Schedule.Kind.COSINE, 0.5, 12, 0.1, 3);
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withKind(OptimizerKind.MOMENTUM)
                .withSchedule(cosine));
        model.session().learningRateProperty().set(0.4);
        play(model, 20);
        String expected = mlp("mlp", "--data", csvOf(DeepNetData.XOR.set()).toString(), "--hidden", "4,4",
                "--activation", "tanh", "--cost", "xent", "--lr", "0.4", "--optimizer", "momentum", "--schedule", "cosine",
                "--decay-steps", "12", "--min-ratio", "0.1", "--warmup", "3", "--steps", "20");
        assertEquals(expected, stepsCsv());
        // Update t = 20: lr * (r + (1-r)*(1+cos(pi*min(19,12)/12))/2) * min(1, 20/3) = 0.4 * 0.1.
        assertEquals(0.4 * (0.1 + 0.9 * (1 + Math.cos(Math.PI)) / 2), now().usedRate(), 1e-15);
    }

    @Test
    void theChainShowsTheGradientVanishingTowardsTheInput() {
        model.choose(DeepNetData.CHAIN);
        double[] norms = now().gradientNorm();
        int last = norms.length - 1;
        String all = java.util.Arrays.toString(norms);
        // Each sigmoid layer multiplies delta by a(1-a) <= 1/4: by the first layer it is far smaller.
        assertTrue(norms[1] < norms[last] / 10, all);
        assertTrue(norms[last - 1] < norms[last], all);
        assertEquals("last layer", DeepNetPredictions.largerLayer(norms));
    }

    @Test
    void timelineStepKIsAFreshRunOfKSteps() {
        play(model, 30);
        model.session().timeline().show(12);
        DeepNetSnapshot shown = now();
        assertEquals(12, shown.step());
        try (DeepNetModel fresh = new DeepNetModel(RunnerFactory.synchronous())) {
            play(fresh, 12);
            fresh.session().pullSnapshot();
            DeepNetSnapshot twelve = fresh.session().snapshot();
            assertArrayEquals(twelve.params(), shown.params());
            assertArrayEquals(twelve.gradient(), shown.gradient());
            assertEquals(twelve.cost(), shown.cost());
            assertArrayEquals(twelve.gradientNorm(), shown.gradientNorm());
        }
    }

    @Test
    void badWidthsAreAnsweredAndChangeNothing() {
        play(model, 5);
        assertEquals("layer 2: '9' is not a width from 1 to 8 (type widths like 4,4)", model.setWidths("4,9"));
        assertEquals("5 hidden layers: at most 4", model.setWidths("1,1,1,1,1"));
        assertEquals("layer 1: 'four' is not a width from 1 to 8 (type widths like 4,4)", model.setWidths("four"));
        assertEquals("layer 2: '' is not a width from 1 to 8 (type widths like 4,4)", model.setWidths("4,"));
        assertArrayEquals(new int[] {4, 4}, model.hiddenProperty().get());
        assertEquals(5, now().step(), "the run goes on");
        assertNull(model.setWidths(" 3, 2 "));
        assertArrayEquals(new int[] {3, 2}, model.hiddenProperty().get());
        assertEquals(0, now().step(), "good widths restart");
        assertEquals("type at least one hidden layer's width, such as 4 or 4,4", model.setWidths(" "));
        assertArrayEquals(new int[] {3, 2}, model.hiddenProperty().get());
    }

    @Test
    void badL2AndSeedAreRefused() {
        assertNotNull(DeepNetModel.checkL2(-0.1));
        assertNotNull(DeepNetModel.checkL2(11));
        assertNull(DeepNetModel.checkL2(0.5));
        assertNotNull(DeepNetModel.checkSeed(1.5));
        assertNull(DeepNetModel.checkSeed(-3));
    }

    /** tanh hidden layers and a sigmoid output, written out with plain loops over the layout's parameter order. */
    private static double forward(double[] params, int[] sizes, double[] x) {
        double[] a = x;
        int k = 0;
        for (int l = 1; l < sizes.length; l++) {
            double[] z = new double[sizes[l]];
            for (int i = 0; i < sizes[l]; i++) {
                for (int j = 0; j < sizes[l - 1]; j++) {
                    z[i] += params[k++] * a[j];
                }
            }
            double[] next = new double[sizes[l]];
            for (int i = 0; i < sizes[l]; i++) {
                z[i] += params[k++];
                next[i] = l == sizes.length - 1 ? 1 / (1 + Math.exp(-z[i])) : Math.tanh(z[i]);
            }
            a = next;
        }
        return a[0];
    }

    @Test
    void theBoundaryGridIsTheNetworksOutputAtEachCellCentre() {
        play(model, 20);
        DeepNetSnapshot s = now();
        BoundaryGrid grid = s.boundary();
        assertEquals(20, grid.step());
        assertEquals(BoundaryMaker.CELLS, grid.columns());
        int[] sizes = {2, 4, 4, 1};
        for (int r = 0; r < grid.rows(); r += 7) {
            for (int c = 0; c < grid.columns(); c += 5) {
                double x1 = grid.x1Min() + (c + 0.5) * (grid.x1Max() - grid.x1Min()) / grid.columns();
                double x2 = grid.x2Max() - (r + 0.5) * (grid.x2Max() - grid.x2Min()) / grid.rows();
                assertEquals(forward(s.params(), sizes, new double[] {x1, x2}), grid.at(c, r), 1e-6);
            }
        }
        // The plotted region holds every point of the data.
        TrainingSet xor = DeepNetData.XOR.set();
        for (int p = 0; p < xor.size(); p++) {
            assertTrue(xor.inputs()[2 * p] > grid.x1Min() && xor.inputs()[2 * p] < grid.x1Max());
            assertTrue(xor.inputs()[2 * p + 1] > grid.x2Min() && xor.inputs()[2 * p + 1] < grid.x2Max());
        }
    }

    @Test
    void theFirstPairsNodeValuesAreItsForwardPass() {
        DeepNetSnapshot s = now();
        TrainingSet xor = DeepNetData.XOR.set();
        double[] x = {xor.inputs()[0], xor.inputs()[1]};
        assertEquals(forward(s.params(), new int[] {2, 4, 4, 1}, x), s.nodes().a()[3][0], 1e-12);
        // xent: the output's delta is yhat - y.
        assertEquals(s.nodes().a()[3][0] - xor.targets()[0], s.nodes().delta()[3][0], 1e-15);
    }

    @Test
    void addingAPointRestartsOnTheDataWithIt() {
        play(model, 3);
        int before = model.dataProperty().get().set().size();
        model.addPoint(0.25, -0.5, 1);
        TrainingSet after = model.dataProperty().get().set();
        assertEquals(before + 1, after.size());
        assertEquals(0.25, after.inputs()[2 * before]);
        assertEquals(-0.5, after.inputs()[2 * before + 1]);
        assertEquals(1, after.targets()[before]);
        assertEquals("xor + points", model.dataProperty().get().name());
        assertEquals(0, now().step());
    }

    @Test
    void stepPhaseWalksForwardCostBackwardThenUpdates() {
        assertEquals(PassPhase.ALL, model.phases().phaseProperty().get());
        model.phases().stepPhase();
        assertEquals(PassPhase.FORWARD, model.phases().phaseProperty().get());
        model.phases().stepPhase();
        model.phases().stepPhase();
        assertEquals(PassPhase.BACKWARD, model.phases().phaseProperty().get());
        assertEquals(0, now().step(), "no update before the update phase");
        model.phases().stepPhase();
        assertEquals(PassPhase.UPDATE, model.phases().phaseProperty().get());
        assertEquals(1, now().step());
        assertEquals(0, model.phases().previousProperty().get().step());
    }

    @Test
    void predictTheCostJudgesAgainstTheCostAfterTheStep() {
        DeepNetSnapshot before = now();
        model.session().predict().onProperty().set(true);
        model.session().predict().questionProperty().set(DeepNetPredictions.COST);
        model.session().step();
        assertEquals(0, now().step(), "Predict holds the step for the guess");
        model.session().predict().choiceProperty().set("up");
        var round = model.reveal();
        DeepNetSnapshot after = now();
        assertEquals(1, after.step());
        String truth = after.cost() < before.cost() ? "down" : "up";
        assertEquals(truth, round.truth());
        assertEquals(truth.equals("up"), round.right());
        assertEquals(after.cost(), before.nextCost());
    }
}
