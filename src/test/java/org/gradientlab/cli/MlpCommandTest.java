package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code mlp} end to end, in-process, against {@link SpecMlp} and against {@code network} for 1-1-1. */
class MlpCommandTest {

    private static final double[][] XOR_X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    private static final double[] XOR_Y = {0, 1, 1, 0};
    private static final double[][] LINE_X = {{-2}, {-0.5}, {0.25}, {1.5}, {3}};
    private static final double[] LINE_Y = {0, 0.2, 0.6, 1, 1};

    @TempDir
    Path folder;

    private Path write(String name, double[][] x, double[] y) throws IOException {
        StringBuilder text = new StringBuilder(x[0].length == 1 ? "x,y\n" : "x1,x2,y\n");
        for (int p = 0; p < y.length; p++) {
            for (double v : x[p]) {
                text.append(v).append(',');
            }
            text.append(y[p]).append('\n');
        }
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("8", "sigmoid", "mse", "gd", 0.0, 1L),
                Arguments.of("3", "tanh", "xent", "adam", 0.0, 7L),
                Arguments.of("4,3", "relu", "xent", "momentum", 0.01, 3L),
                Arguments.of("2,2,2", "linear", "mse", "rmsprop", 0.001, 11L),
                Arguments.of("5", "tanh", "mse", "adagrad", 0.1, -4L),
                Arguments.of("1", "sigmoid", "xent", "gd", 0.0, 2L));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} l2={4}")
    @MethodSource("configurations")
    void matchesSpecOnTwoInputs(String hidden, String activation, String cost, String optimizer, double l2, long seed)
            throws IOException {
        Path data = write("xor.csv", XOR_X, XOR_Y);
        SpecMlp spec = spec(activation, cost, optimizer, l2, seed);
        CliResult result = CliResult.run("mlp", "--data", data.toString(), "--hidden", hidden, "--activation", activation,
                "--cost", cost, "--l2", Double.toString(l2), "--seed", Long.toString(seed), "--lr", "0.3",
                "--optimizer", optimizer, "--steps", "150", "--every", "10");
        assertEquals(new CliResult(0, spec.csv(XOR_X, XOR_Y, sizes(hidden), 0.3, 150, 10), ""), result);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} l2={4}")
    @MethodSource("configurations")
    void matchesSpecOnOneInput(String hidden, String activation, String cost, String optimizer, double l2, long seed)
            throws IOException {
        Path data = write("line.csv", LINE_X, LINE_Y);
        SpecMlp spec = spec(activation, cost, optimizer, l2, seed);
        spec.schedule.kind = "step";
        spec.schedule.decaySteps = 20;
        spec.schedule.warmup = 3;
        CliResult result = CliResult.run("mlp", "--data", data.toString(), "--hidden", hidden, "--activation", activation,
                "--cost", cost, "--l2", Double.toString(l2), "--seed", Long.toString(seed), "--lr", "0.2",
                "--optimizer", optimizer, "--schedule", "step", "--decay-steps", "20", "--warmup", "3", "--steps", "60");
        assertEquals(new CliResult(0, spec.csv(LINE_X, LINE_Y, sizes(hidden), 0.2, 60, 1), ""), result);
    }

    private static SpecMlp spec(String activation, String cost, String optimizer, double l2, long seed) {
        SpecMlp spec = new SpecMlp();
        spec.activation = activation;
        spec.cost = cost;
        spec.optimizer = optimizer;
        spec.l2 = l2;
        spec.seed = seed;
        return spec;
    }

    private static int[] sizes(String hidden) {
        return Stream.of(hidden.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    @Test
    void theDefaultsAreSigmoidMseNoL2AndSeedOne() throws IOException {
        Path data = write("xor.csv", XOR_X, XOR_Y);
        String[] base = {"mlp", "--data", data.toString(), "--hidden", "3", "--lr", "0.5", "--steps", "30"};
        CliResult defaults = CliResult.run(base);
        assertEquals(defaults, CliResult.run(Stream.concat(Stream.of(base), Stream.of("--activation", "sigmoid",
                "--cost", "mse", "--l2", "0", "--seed", "1", "--optimizer", "gd")).toArray(String[]::new)));
        assertEquals(new SpecMlp().csv(XOR_X, XOR_Y, new int[] {3}, 0.5, 30, 1), defaults.out());
    }

    /** SPEC section 7: one input, one hidden node of the sigmoid is the two-node network of section 3. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("oneOneOne")
    void oneHiddenNodeIsTheTwoNodeNetwork(String optimizer, String cost) throws IOException {
        Path data = write("line.csv", LINE_X, LINE_Y);
        CliResult mlp = CliResult.run("mlp", "--data", data.toString(), "--hidden", "1", "--seed", "5", "--cost", cost,
                "--lr", "0.7", "--optimizer", optimizer, "--steps", "200");
        List<String> mlpRows = mlp.out().lines().toList();
        assertEquals("step,cost,accuracy,w1_1_1,b1_1,w2_1_1,b2_1,gnorm1,gnorm2", mlpRows.get(0));
        String[] start = mlpRows.get(1).split(",");
        CliResult network = CliResult.run("network", "--data", data.toString(), "--w1", start[3], "--b1", start[4],
                "--w2", start[5], "--b2", start[6], "--cost", cost, "--lr", "0.7", "--optimizer", optimizer, "--steps", "200");
        List<String> networkRows = network.out().lines().toList();
        assertEquals(mlpRows.size(), networkRows.size());
        for (int k = 1; k < mlpRows.size(); k++) {
            String[] m = mlpRows.get(k).split(",");
            String[] n = networkRows.get(k).split(",");
            // network: step,w1,b1,w2,b2,z1,a1,z2,yhat,cost,delta2,delta1,dw1,db1,dw2,db2
            assertEquals(List.of(n[0], n[1], n[2], n[3], n[4], n[9]), List.of(m[0], m[3], m[4], m[5], m[6], m[1]),
                    "row " + k);
            assertEquals(Math.abs(Double.parseDouble(n[12])), Double.parseDouble(m[7]), "gnorm1 is |dC/dw1|");
            assertEquals(Math.abs(Double.parseDouble(n[14])), Double.parseDouble(m[8]), "gnorm2 is |dC/dw2|");
        }
    }

    static Stream<Arguments> oneOneOne() {
        List<Arguments> all = new ArrayList<>();
        for (String optimizer : List.of("gd", "momentum", "adam", "adagrad")) {
            for (String cost : List.of("mse", "xent")) {
                all.add(Arguments.of(optimizer, cost));
            }
        }
        return all.stream();
    }

    @Test
    void divergenceStopsWithExitThree() throws IOException {
        Path data = write("xor.csv", XOR_X, XOR_Y);
        SpecMlp spec = spec("linear", "xent", "gd", 0, 1);
        CliResult result = CliResult.run("mlp", "--data", data.toString(), "--hidden", "4", "--activation", "linear",
                "--cost", "xent", "--lr", "1e6", "--steps", "50");
        String expected = spec.csv(XOR_X, XOR_Y, new int[] {4}, 1e6, 50, 1);
        assertTrue(spec.divergedAt > 0, "the reference diverges too");
        assertEquals(new CliResult(3, expected, "gradient-lab mlp: diverged at step " + spec.divergedAt + "\n"), result);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("--hidden: '0' is not a list of whole numbers from 1 to 64 (such as 4 or 8,4)", List.of("--hidden", "0")),
                Arguments.of("--hidden: '65' is not a list of whole numbers from 1 to 64 (such as 4 or 8,4)", List.of("--hidden", "65")),
                Arguments.of("--hidden: '4,,3' is not a list of whole numbers from 1 to 64 (such as 4 or 8,4)", List.of("--hidden", "4,,3")),
                Arguments.of("--hidden: '2.5' is not a list of whole numbers from 1 to 64 (such as 4 or 8,4)", List.of("--hidden", "2.5")),
                Arguments.of("--hidden: '-1' is not a list of whole numbers from 1 to 64 (such as 4 or 8,4)", List.of("--hidden=-1")),
                Arguments.of("--hidden: 'four' is not a list of whole numbers from 1 to 64 (such as 4 or 8,4)", List.of("--hidden", "four")),
                Arguments.of("--hidden: '99999999999' is not a list of whole numbers from 1 to 64 (such as 4 or 8,4)", List.of("--hidden", "99999999999")),
                Arguments.of("missing required option --hidden", List.of("--hidden")),
                Arguments.of("missing required option --data", List.of("--data")),
                Arguments.of("unknown activation 'softmax' (expected sigmoid, tanh, relu, linear)", List.of("--activation", "softmax")),
                Arguments.of("unknown cost 'hinge' (expected mse, xent)", List.of("--cost", "hinge")),
                Arguments.of("--l2 must be at least 0", List.of("--l2", "-0.1")),
                Arguments.of("--seed: 'x' is not a whole number", List.of("--seed", "x")),
                Arguments.of("--lr: 'fast' is not a finite number", List.of("--lr", "fast")),
                Arguments.of("unknown schedule 'linear' (expected constant, step, exp, cosine)", List.of("--schedule", "linear")),
                Arguments.of("unknown option --x", List.of("--x", "1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badOptionsAreExitTwoWithOneLineAndNoFile(String message, List<String> change) throws IOException {
        Path data = write("xor.csv", XOR_X, XOR_Y);
        Path out = folder.resolve("out.csv");
        List<String> args = new ArrayList<>(List.of("mlp", "--data", data.toString(), "--hidden", "3", "--lr", "0.1",
                "--steps", "5", "--out", out.toString()));
        int at = args.indexOf(change.get(0));
        if (at > 0 && change.size() == 1) {
            args.remove(at + 1);
            args.remove(at);
        } else if (at > 0) {
            args.set(at + 1, change.get(1));
        } else if (change.get(0).startsWith("--hidden=")) {
            args.remove(args.indexOf("--hidden") + 1);
            args.remove("--hidden");
            args.addAll(change);
        } else {
            args.addAll(change);
        }
        assertEquals(new CliResult(2, "", "gradient-lab mlp: " + message + "\n"), CliResult.run(args.toArray(String[]::new)));
        assertFalse(Files.exists(out));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("a,b\n1,0\n", "line 1: the header must be x,y or x1,x2,y (found 'a,b')"),
                Arguments.of("x1,x2\n1,0\n", "line 1: the header must be x,y or x1,x2,y (found 'x1,x2')"),
                Arguments.of("x,y\n0.5,1.5\n", "line 2: y must be from 0 to 1 (found 1.5)"),
                Arguments.of("x1,x2,y\n0,0,0\n\n1,1,-0.25\n", "line 4: y must be from 0 to 1 (found -0.25)"),
                Arguments.of("x1,x2,y\n0,0\n", "line 2: expected 3 values, found 2"),
                Arguments.of("x,y\n1,abc\n", "line 2: 'abc' is not a number"),
                Arguments.of("x,y\n", "no data rows after the header"),
                Arguments.of("", "the file is empty"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFiles")
    void badDataFilesNameTheFileAndLine(String content, String message) throws IOException {
        Path data = folder.resolve("bad.csv");
        Files.writeString(data, content);
        CliResult result = CliResult.run("mlp", "--data", data.toString(), "--hidden", "3", "--lr", "0.1", "--steps", "5");
        String separator = message.startsWith("line") ? ", " : ": ";
        assertEquals(new CliResult(2, "", "gradient-lab mlp: " + data + separator + message + "\n"), result);
    }

    @Test
    void aMissingFileIsBadInput() {
        Path missing = folder.resolve("nowhere.csv");
        CliResult result = CliResult.run("mlp", "--data", missing.toString(), "--hidden", "3", "--lr", "0.1", "--steps", "5");
        assertEquals(new CliResult(2, "", "gradient-lab mlp: " + missing + ": file not found\n"), result);
    }
}
