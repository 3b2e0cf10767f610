package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to {@code descent} (SPEC section 5): exit status 2, one line on stderr that says what and
 * where, no stack trace, nothing on stdout, and the --out file neither created nor changed.
 */
class DescentBadInputTest {

    private static final String EXISTING_CONTENT = "step,w,f,grad\n0,1.0,1.0,2.0\n";

    @TempDir
    Path folder;

    /** A valid run's options with one change: each pair replaces an option's value, or adds one. */
    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("--lr: 'abc' is not a finite number", List.of("--lr", "abc")),
                Arguments.of("--w0: 'NaN' is not a finite number", List.of("--w0", "NaN")),
                Arguments.of("--w0: '1e999' is not a finite number", List.of("--w0", "1e999")),
                Arguments.of("--beta1: 'Infinity' is not a finite number", List.of("--beta1", "Infinity")),
                Arguments.of("--f: unknown function 'sinh' at column 1", List.of("--f", "sinh(w)")),
                Arguments.of("--f: unexpected ')' at column 6", List.of("--f", "(w+1))")),
                Arguments.of("unknown option --foo", List.of("--foo", "1")),
                Arguments.of("--steps must be at least 0", List.of("--steps", "-1")),
                Arguments.of("--steps: '2.5' is not a whole number", List.of("--steps", "2.5")),
                Arguments.of("--every must be at least 1", List.of("--every", "0")),
                Arguments.of("unknown optimizer 'sgd' (expected gd, momentum, rmsprop, adam, adagrad)", List.of("--optimizer", "sgd")),
                Arguments.of("option --lr given twice", List.of("--lr", "0.1", "--lr", "0.2")),
                Arguments.of("option --every needs a value", List.of("--every")),
                Arguments.of("unexpected argument 'extra' (options are written --name value)", List.of("extra")));
    }

    /** The changed arguments, with --out when {@code out} is not null. */
    private static String[] args(List<String> change, Path out) {
        List<String> args = new ArrayList<>(List.of("descent", "--f", "w^2", "--w0", "1", "--lr", "0.1", "--steps", "5"));
        if (out != null) {
            args.addAll(List.of("--out", out.toString()));
        }
        int at = change.isEmpty() ? -1 : args.indexOf(change.get(0));
        if (at > 0 && change.size() == 2) {
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
        assertEquals(new CliResult(2, "", "gradient-lab descent: " + message + "\n"), result);
        assertFalse(Files.exists(out));
        assertEquals(List.of(), filesInFolder(), "no file, not even a temporary one");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void leavesAnExistingOutFileUnchanged(String message, List<String> change) throws IOException {
        Path out = folder.resolve("existing.csv");
        Files.writeString(out, EXISTING_CONTENT);
        CliResult result = CliResult.run(args(change, out));
        assertEquals(2, result.exitStatus());
        assertEquals(EXISTING_CONTENT, Files.readString(out));
        assertEquals(List.of(out), filesInFolder());
    }

    static Stream<Arguments> missingOptions() {
        return Stream.of("f", "w0", "lr", "steps").map(Arguments::of);
    }

    @ParameterizedTest(name = "--{0}")
    @MethodSource("missingOptions")
    void namesAMissingRequiredOption(String name) {
        List<String> args = new ArrayList<>(Arrays.asList("descent", "--f", "w^2", "--w0", "1", "--lr", "0.1", "--steps", "5"));
        int at = args.indexOf("--" + name);
        args.subList(at, at + 2).clear();
        CliResult result = CliResult.run(args.toArray(String[]::new));
        assertEquals(new CliResult(2, "", "gradient-lab descent: missing required option --" + name + "\n"), result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void withoutOutNothingReachesStdout(String message, List<String> change) {
        CliResult result = CliResult.run(args(change, null));
        assertEquals(new CliResult(2, "", "gradient-lab descent: " + message + "\n"), result);
    }

    @Test
    void anOutFolderThatDoesNotExistIsBadInput() {
        Path out = folder.resolve("missing").resolve("run.csv");
        CliResult result = CliResult.run(args(List.of(), out));
        assertEquals(new CliResult(2, "", "gradient-lab descent: --out: folder '" + out.getParent().toAbsolutePath()
                + "' does not exist\n"), result);
    }

    @Test
    void anOutThatIsAFolderIsBadInput() throws IOException {
        CliResult result = CliResult.run(args(List.of(), folder));
        assertEquals(new CliResult(2, "", "gradient-lab descent: --out: '" + folder + "' is a folder, not a file\n"), result);
        assertEquals(List.of(), filesInFolder());
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
