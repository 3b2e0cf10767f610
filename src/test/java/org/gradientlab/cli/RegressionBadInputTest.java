package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to {@code regression} (SPEC section 5): exit status 2, one line on stderr that says what
 * and where, nothing on stdout, and the --out file neither created nor changed.
 */
class RegressionBadInputTest {

    private static final String EXISTING_CONTENT = "step,w0,w1,loss\n0,0.0,0.0,1.0\n";
    private static final List<String> VALID = List.of("regression", "--generate", "20", "--w0", "0", "--w1", "0",
            "--lr", "0.01", "--steps", "5");

    @TempDir
    Path folder;

    /** A valid run's options with one change: a pair replaces an option's value, a single name removes it, else added. */
    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("--batch must be at least 1", List.of("--batch", "0")),
                Arguments.of("--batch must be at least 1", List.of("--batch", "-3")),
                Arguments.of("--batch: 'x' is not all or a whole number", List.of("--batch", "x")),
                Arguments.of("--batch: '2.5' is not all or a whole number", List.of("--batch", "2.5")),
                Arguments.of("--batch: 'ALL' is not all or a whole number", List.of("--batch", "ALL")),
                Arguments.of("--generate must be at least 1", List.of("--generate", "0")),
                Arguments.of("--generate: 'many' is not a whole number", List.of("--generate", "many")),
                Arguments.of("--generate must be at most 2147483639", List.of("--generate", "3000000000")),
                Arguments.of("unknown reduction 'median' (expected sum, mean)", List.of("--reduction", "median")),
                Arguments.of("unknown optimizer 'sgd' (expected gd, momentum, rmsprop, adam, adagrad)", List.of("--optimizer", "sgd")),
                Arguments.of("--lr: 'abc' is not a finite number", List.of("--lr", "abc")),
                Arguments.of("--w1: 'NaN' is not a finite number", List.of("--w1", "NaN")),
                Arguments.of("--w0: '1e999' is not a finite number", List.of("--w0", "1e999")),
                Arguments.of("--beta: 'Infinity' is not a finite number", List.of("--beta", "Infinity")),
                Arguments.of("--seed: '1.5' is not a whole number", List.of("--seed", "1.5")),
                Arguments.of("--steps must be at least 0", List.of("--steps", "-1")),
                Arguments.of("--every must be at least 1", List.of("--every", "0")),
                Arguments.of("unknown option --f", List.of("--f", "w^2")),
                Arguments.of("option --seed given twice", List.of("--seed", "1", "--seed", "2")),
                Arguments.of("give --data or --generate, not both", List.of("--data", "points.csv")),
                Arguments.of("missing required option --data or --generate", List.of("--generate")),
                Arguments.of("missing required option --w0", List.of("--w0")),
                Arguments.of("missing required option --w1", List.of("--w1")),
                Arguments.of("missing required option --lr", List.of("--lr")),
                Arguments.of("missing required option --steps", List.of("--steps")));
    }

    private static String[] args(List<String> change, Path out) {
        List<String> args = new ArrayList<>(VALID);
        if (out != null) {
            args.addAll(List.of("--out", out.toString()));
        }
        int at = args.indexOf(change.get(0));
        if (at > 0 && change.size() == 1) {
            args.subList(at, at + 2).clear();
        } else if (at > 0 && change.size() == 2) {
            args.set(at + 1, change.get(1));
        } else {
            args.addAll(change);
        }
        return args.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void exitsWithOneLineAndCreatesNoFile(String message, List<String> change) throws IOException {
        Path out = folder.resolve("new.csv");
        CliResult result = CliResult.run(args(change, out));
        assertEquals(new CliResult(2, "", "gradient-lab regression: " + message + "\n"), result);
        assertFalse(Files.exists(out));
        assertEquals(List.of(), filesInFolder(), "no file, not even a temporary one");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void leavesAnExistingOutFileUnchanged(String message, List<String> change) throws IOException {
        Path out = folder.resolve("existing.csv");
        Files.writeString(out, EXISTING_CONTENT);
        CliResult result = CliResult.run(args(change, out));
        assertEquals(new CliResult(2, "", "gradient-lab regression: " + message + "\n"), result);
        assertEquals(EXISTING_CONTENT, Files.readString(out));
        assertEquals(List.of(out), filesInFolder());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void withoutOutNothingReachesStdout(String message, List<String> change) {
        CliResult result = CliResult.run(args(change, null));
        assertEquals(new CliResult(2, "", "gradient-lab regression: " + message + "\n"), result);
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
