package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.regression.LinearDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code regression} end to end, in-process, against {@link SpecRegression}. The engine's generator
 * supplies the data of {@code --generate}; the descent itself is done again independently.
 */
class RegressionCommandTest {

    @TempDir
    Path folder;

    private static DataSet generated(int n, long seed) {
        return LinearDataGenerator.DEFAULT.generate(n, seed);
    }

    private static String expected(SpecRegression spec, DataSet data, double w0, double w1, double lr, long steps,
            long every) {
        return spec.csv(data.x(), data.y(), w0, w1, lr, steps, every);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"gd, sum, 0.0001", "gd, mean, 0.02", "momentum, sum, 0.0001", "momentum, mean, 0.02",
        "rmsprop, sum, 0.01", "rmsprop, mean, 0.01", "adam, sum, 0.05", "adam, mean, 0.05", "adagrad, sum, 0.1",
        "adagrad, mean, 0.1"})
    void fullBatchMatchesSpec(String optimizer, String reduction, double lr) {
        CliResult result = CliResult.run("regression", "--generate", "300", "--seed", "4", "--w0", "0.5", "--w1", "-1",
                "--lr", Double.toString(lr), "--reduction", reduction, "--optimizer", optimizer, "--steps", "200");
        SpecRegression spec = new SpecRegression();
        spec.optimizer = optimizer;
        spec.reduction = reduction;
        assertEquals(new CliResult(0, expected(spec, generated(300, 4), 0.5, -1, lr, 200, 1), ""), result);
    }

    @ParameterizedTest(name = "batch {0}, {1}, {2}")
    @CsvSource({"1, gd, sum", "7, gd, mean", "10, momentum, mean", "32, adam, sum", "3, rmsprop, mean", "5, adagrad, sum"})
    void miniBatchesMatchSpec(int batch, String optimizer, String reduction) {
        CliResult result = CliResult.run("regression", "--generate", "50", "--seed", "99", "--w0", "0", "--w1", "0",
                "--lr", "0.001", "--reduction", reduction, "--batch", Integer.toString(batch), "--optimizer", optimizer,
                "--steps", "120", "--every", "3");
        SpecRegression spec = new SpecRegression();
        spec.optimizer = optimizer;
        spec.reduction = reduction;
        spec.batch = batch;
        spec.seed = 99;
        assertEquals(new CliResult(0, expected(spec, generated(50, 99), 0, 0, 0.001, 120, 3), ""), result);
    }

    @Test
    void givenHyperparametersReachTheOptimizer() {
        CliResult result = CliResult.run("regression", "--generate", "40", "--w0", "1", "--w1", "1", "--lr", "0.1",
                "--reduction", "mean", "--optimizer", "adam", "--beta1", "0.8", "--beta2", "0.95", "--eps", "1e-4",
                "--steps", "30");
        SpecRegression spec = new SpecRegression();
        spec.optimizer = "adam";
        spec.reduction = "mean";
        spec.beta1 = 0.8;
        spec.beta2 = 0.95;
        spec.eps = 1e-4;
        assertEquals(expected(spec, generated(40, 1), 1, 1, 0.1, 30, 1), result.out());
    }

    @Test
    void defaultsAreSumAllPointsGdAndSeedOne() {
        String[] base = {"regression", "--generate", "30", "--w0", "0", "--w1", "0", "--lr", "0.0005", "--steps", "25"};
        CliResult defaults = CliResult.run(base);
        assertEquals(defaults, CliResult.run(with(base, "--reduction", "sum", "--batch", "all", "--optimizer", "gd",
                "--seed", "1")));
        assertEquals(defaults, CliResult.run(with(base, "--batch", "30")), "a batch of every point is all of them");
        assertEquals(defaults, CliResult.run(with(base, "--batch", "5000000000")));
        assertEquals(expected(new SpecRegression(), generated(30, 1), 0, 0, 0.0005, 25, 1), defaults.out());
    }

    @Test
    void theSeedChangesGeneratedDataAndShuffle() {
        String[] base = {"regression", "--generate", "30", "--w0", "0", "--w1", "0", "--lr", "0.001", "--batch", "4",
            "--steps", "25"};
        String seedOne = CliResult.run(with(base, "--seed", "1")).out();
        assertEquals(seedOne, CliResult.run(with(base, "--seed", "1")).out());
        assertTrue(!seedOne.equals(CliResult.run(with(base, "--seed", "2")).out()));
    }

    @Test
    void everyKeepsMultiplesAndAlwaysTheLastRow() {
        CliResult result = CliResult.run("regression", "--generate", "20", "--w0", "0", "--w1", "0", "--lr", "0.001",
                "--steps", "10", "--every", "4");
        assertEquals(List.of("step", "0", "4", "8", "10"), firstColumn(result.out()));
        assertEquals(expected(new SpecRegression(), generated(20, 1), 0, 0, 0.001, 10, 4), result.out());
    }

    @Test
    void zeroStepsWritesTheStartOnly() {
        CliResult result = CliResult.run("regression", "--generate", "5", "--w0", "2", "--w1", "0.5", "--lr", "0.1",
                "--steps", "0");
        assertEquals(expected(new SpecRegression(), generated(5, 1), 2, 0.5, 0.1, 0, 1), result.out());
        assertEquals(2, result.out().split("\n").length);
    }

    @Test
    void divergenceStopsTheRunAndNamesTheStep() {
        CliResult result = CliResult.run("regression", "--generate", "100", "--w0", "0", "--w1", "0", "--lr", "10",
                "--steps", "1000", "--every", "10");
        SpecRegression spec = new SpecRegression();
        String csv = expected(spec, generated(100, 1), 0, 0, 10, 1000, 10);
        assertTrue(spec.divergedAt > 0 && spec.divergedAt < 1000, "lr 10 diverges: " + spec.divergedAt);
        assertEquals(new CliResult(3, csv, "gradient-lab regression: diverged at step " + spec.divergedAt + "\n"), result);
    }

    @Test
    void miniBatchDivergenceChecksTheWholeDataLossOfEveryRow() {
        CliResult result = CliResult.run("regression", "--generate", "100", "--w0", "0", "--w1", "0", "--lr", "10",
                "--batch", "1", "--steps", "1000", "--every", "100");
        SpecRegression spec = new SpecRegression();
        spec.batch = 1;
        String csv = expected(spec, generated(100, 1), 0, 0, 10, 1000, 100);
        assertEquals(new CliResult(3, csv, "gradient-lab regression: diverged at step " + spec.divergedAt + "\n"), result);
    }

    @Test
    void aStartWithAnInfiniteLossDivergesAtStepZero() {
        CliResult result = CliResult.run("regression", "--generate", "10", "--w0", "1e300", "--w1", "0", "--lr", "0.1",
                "--steps", "5");
        assertEquals(new CliResult(3, "step,w0,w1,loss\n", "gradient-lab regression: diverged at step 0\n"), result);
    }

    @Test
    void outWritesTheFileAndNothingToStdout() throws IOException {
        Path out = folder.resolve("regression.csv");
        CliResult result = CliResult.run("regression", "--generate", "20", "--w0", "0", "--w1", "0", "--lr", "0.001",
                "--steps", "5", "--out", out.toString());
        assertEquals(new CliResult(0, "", ""), result);
        assertEquals(expected(new SpecRegression(), generated(20, 1), 0, 0, 0.001, 5, 1), Files.readString(out));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void outOnDivergenceHoldsTheRowsBefore() throws IOException {
        Path out = folder.resolve("diverged.csv");
        CliResult result = CliResult.run("regression", "--generate", "100", "--w0", "0", "--w1", "0", "--lr", "10",
                "--steps", "1000", "--out", out.toString());
        SpecRegression spec = new SpecRegression();
        String csv = expected(spec, generated(100, 1), 0, 0, 10, 1000, 1);
        assertEquals(new CliResult(3, "", "gradient-lab regression: diverged at step " + spec.divergedAt + "\n"), result);
        assertEquals(csv, Files.readString(out));
        assertEquals(1 + spec.divergedAt, Files.readAllLines(out).size());
    }

    private static String[] with(String[] base, String... more) {
        List<String> args = new ArrayList<>(List.of(base));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static List<String> firstColumn(String csv) {
        List<String> column = new ArrayList<>();
        for (String line : csv.split("\n")) {
            column.add(line.substring(0, line.indexOf(',')));
        }
        return column;
    }
}
