package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gradientlab.engine.Exp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code network} end to end, in-process, against an independent loop of SPEC's formulas. */
class NetworkCommandTest {

    private static final double[] START = {0.5, 0, -0.3, 0};
    private static final double[] DATA_X = {1.5, -0.75, 0.2, 3.25, -2};
    private static final double[] DATA_Y = {0, 1, 1, 0, 0.5};

    @TempDir
    Path folder;

    static Stream<Arguments> optimizersAndCosts() {
        List<Arguments> all = new ArrayList<>();
        for (String optimizer : List.of("gd", "momentum", "rmsprop", "adam", "adagrad")) {
            for (String cost : List.of("mse", "xent")) {
                all.add(Arguments.of(optimizer, cost));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("optimizersAndCosts")
    void onePairMatchesSpecWithDefaultHyperparameters(String optimizer, String cost) {
        CliResult result = CliResult.run("network", "--x", "1.5", "--y", "0", "--w1", "0.5", "--b1", "0", "--w2", "-0.3",
                "--b2", "0", "--lr", "0.5", "--cost", cost, "--optimizer", optimizer, "--steps", "60");
        String expected = new SpecNetwork().csv(optimizer, cost, new double[] {1.5}, new double[] {0}, START, 0.5, 60, 1);
        assertEquals(new CliResult(0, expected, ""), result);
        assertEquals(62, result.out().split("\n").length);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("optimizersAndCosts")
    void dataFileMatchesSpecWithGivenHyperparameters(String optimizer, String cost) throws IOException {
        Path data = writeData(DATA_X, DATA_Y);
        SpecNetwork spec = new SpecNetwork();
        spec.beta = 0.8;
        spec.rho = 0.7;
        spec.beta1 = 0.85;
        spec.beta2 = 0.99;
        spec.eps = 1e-3;
        double[] start = {-1.25, 0.4, 2, -0.5};
        CliResult result = CliResult.run("network", "--data", data.toString(), "--w1", "-1.25", "--b1", "0.4", "--w2", "2",
                "--b2", "-0.5", "--lr", "0.2", "--cost", cost, "--optimizer", optimizer, "--beta", "0.8", "--rho", "0.7",
                "--beta1", "0.85", "--beta2", "0.99", "--eps", "1e-3", "--steps", "75", "--every", "7");
        assertEquals(new CliResult(0, spec.csv(optimizer, cost, DATA_X, DATA_Y, start, 0.2, 75, 7), ""), result);
    }

    @Test
    void costDefaultsToMse() {
        CliResult result = CliResult.run("network", "--x", "-1", "--y", "1", "--w1", "2", "--b1", "0.5", "--w2", "1",
                "--b2", "-1", "--lr", "1", "--steps", "5");
        double[] start = {2, 0.5, 1, -1};
        assertEquals(new CliResult(0, new SpecNetwork().csv("gd", "mse", new double[] {-1}, new double[] {1}, start, 1, 5, 1), ""),
                result);
    }

    @Test
    void theFirstRowIsSectionThreeWorkedByHand() {
        CliResult result = CliResult.run("network", "--x", "1.5", "--y", "0", "--w1", "0.5", "--b1", "0", "--w2", "-0.3",
                "--b2", "0", "--lr", "0.5", "--steps", "0");
        double z1 = 0.5 * 1.5 + 0;
        double a1 = 1 / (1 + Exp.exp(-z1));
        double z2 = -0.3 * a1 + 0;
        double yhat = 1 / (1 + Exp.exp(-z2));
        double cost = (yhat - 0) * (yhat - 0) / 2;
        double delta2 = (yhat - 0) * yhat * (1 - yhat);
        double delta1 = delta2 * -0.3 * a1 * (1 - a1);
        String row = String.join(",", "0", "0.5", "0.0", "-0.3", "0.0", "0.75", Double.toString(a1), Double.toString(z2),
                Double.toString(yhat), Double.toString(cost), Double.toString(delta2), Double.toString(delta1),
                Double.toString(delta1 * 1.5), Double.toString(delta1), Double.toString(delta2 * a1), Double.toString(delta2));
        assertEquals(NetworkTable.COLUMNS.length, row.split(",").length);
        assertEquals(String.join(",", NetworkTable.COLUMNS) + "\n" + row + "\n", result.out());
        assertTrue(row.startsWith("0,0.5,0.0,-0.3,0.0,0.75,0.679178699175393"), row);
    }

    @Test
    void theBenchmarkRunShortened() {
        CliResult result = CliResult.run("network", "--x", "1.5", "--y", "0", "--w1", "0.5", "--b1", "0", "--w2", "-0.3",
                "--b2", "0", "--lr", "0.5", "--steps", "30000", "--every", "30000");
        String expected = new SpecNetwork().csv("gd", "mse", new double[] {1.5}, new double[] {0}, START, 0.5, 30000, 30000);
        assertEquals(new CliResult(0, expected, ""), result);
        assertEquals(List.of("step", "0", "30000"), firstColumn(result.out()));
    }

    @Test
    void aZeroGradientKeepsItsSign() {
        // w2 = 0 makes delta1 = delta2*0*a1*(1-a1) = -0.0 when yhat < y: written as SPEC's product gives it
        CliResult result = CliResult.run("network", "--x", "1.5", "--y", "1", "--w1", "0.5", "--b1", "0", "--w2", "0",
                "--b2", "0", "--lr", "0.5", "--steps", "3");
        String expected = new SpecNetwork().csv("gd", "mse", new double[] {1.5}, new double[] {1}, new double[] {0.5, 0, 0, 0},
                0.5, 3, 1);
        assertEquals(new CliResult(0, expected, ""), result);
        assertTrue(result.out().split("\n")[1].contains(",0.125,-0.125,-0.0,-0.0,-0.0,"), result.out());
    }

    @Test
    void everyKeepsMultiplesAndAlwaysTheLastRow() throws IOException {
        Path data = writeData(DATA_X, DATA_Y);
        CliResult result = CliResult.run("network", "--data", data.toString(), "--w1", "0.5", "--b1", "0", "--w2", "-0.3",
                "--b2", "0", "--lr", "0.5", "--steps", "10", "--every", "4", "--cost", "xent");
        assertEquals(List.of("step", "0", "4", "8", "10"), firstColumn(result.out()));
        assertEquals(new SpecNetwork().csv("gd", "xent", DATA_X, DATA_Y, START, 0.5, 10, 4), result.out());
    }

    @Test
    void theLargestEveryKeepsTheFirstAndTheLastRow() {
        CliResult result = CliResult.run("network", "--x", "1.5", "--y", "0", "--w1", "0.5", "--b1", "0", "--w2", "-0.3",
                "--b2", "0", "--lr", "0.5", "--steps", "7", "--every", String.valueOf(Long.MAX_VALUE));
        String expected = new SpecNetwork().csv("gd", "mse", new double[] {1.5}, new double[] {0}, START, 0.5, 7, Long.MAX_VALUE);
        assertEquals(new CliResult(0, expected, ""), result);
        assertEquals(List.of("step", "0", "7"), firstColumn(result.out()));
    }

    @Test
    void divergenceStopsTheRunAndNamesTheStep() {
        // Gradient ascent on xent with y = 0 pushes yhat to exactly 1, where -ln(1 - yhat) is infinite
        SpecNetwork spec = new SpecNetwork();
        String expected = spec.csv("gd", "xent", new double[] {1.5}, new double[] {0}, START, -2, 1000, 5);
        assertTrue(spec.divergedAt > 10 && spec.divergedAt < 1000, "diverged at " + spec.divergedAt);
        CliResult result = CliResult.run("network", "--x", "1.5", "--y", "0", "--w1", "0.5", "--b1", "0", "--w2", "-0.3",
                "--b2", "0", "--lr", "-2", "--cost", "xent", "--steps", "1000", "--every", "5");
        assertEquals(new CliResult(3, expected, "gradient-lab network: diverged at step " + spec.divergedAt + "\n"), result);
        List<String> steps = firstColumn(result.out());
        assertEquals(String.valueOf((spec.divergedAt - 1) / 5 * 5), steps.get(steps.size() - 1),
                "the rows --every keeps before the divergence, not the last finite row");
    }

    @Test
    void aHugeRateDivergesAtStepOne() throws IOException {
        Path out = folder.resolve("run.csv");
        CliResult result = CliResult.run("network", "--x", "1", "--y", "1", "--w1", "0.5", "--b1", "0", "--w2", "-0.3",
                "--b2", "0", "--lr", "1e300", "--cost", "xent", "--steps", "10", "--out", out.toString());
        assertEquals(new CliResult(3, "", "gradient-lab network: diverged at step 1\n"), result);
        SpecNetwork spec = new SpecNetwork();
        assertEquals(spec.csv("gd", "xent", new double[] {1}, new double[] {1}, START, 1e300, 10, 1), Files.readString(out));
        assertEquals(1, spec.divergedAt);
        assertEquals(2, Files.readAllLines(out).size());
    }

    @Test
    void aStartThatIsNotFiniteDivergesAtStepZero() {
        CliResult result = CliResult.run("network", "--x", "10", "--y", "0", "--w1", "1e308", "--b1", "0", "--w2", "1",
                "--b2", "0", "--lr", "0.1", "--steps", "5");
        assertEquals(new CliResult(3, String.join(",", NetworkTable.COLUMNS) + "\n",
                "gradient-lab network: diverged at step 0\n"), result);
    }

    @Test
    void outWritesTheFileAndNothingToStdout() throws IOException {
        Path data = writeData(DATA_X, DATA_Y);
        Path out = folder.resolve("network.csv");
        CliResult result = CliResult.run("network", "--data", data.toString(), "--w1", "0.5", "--b1", "0", "--w2", "-0.3",
                "--b2", "0", "--lr", "0.5", "--optimizer", "adam", "--steps", "20", "--out", out.toString());
        assertEquals(new CliResult(0, "", ""), result);
        assertEquals(new SpecNetwork().csv("adam", "mse", DATA_X, DATA_Y, START, 0.5, 20, 1), Files.readString(out));
    }

    @Test
    void helpDescribesTheCommand() {
        CliResult result = CliResult.run("network", "--help");
        assertEquals(CliResult.run("help", "network"), result);
        assertTrue(result.out().startsWith("usage: gradient-lab network --x X --y Y | --data FILE.csv"), result.out());
    }

    private Path writeData(double[] x, double[] y) throws IOException {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int j = 0; j < x.length; j++) {
            csv.append(x[j]).append(',').append(y[j]).append('\n');
        }
        Path file = folder.resolve("data.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static List<String> firstColumn(String csv) {
        List<String> column = new ArrayList<>();
        for (String line : csv.split("\n")) {
            column.add(line.substring(0, line.indexOf(',')));
        }
        return column;
    }
}
