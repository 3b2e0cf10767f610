package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/**
 * Bad input to {@code network} (SPEC section 5): exit status 2, one line on stderr that says what
 * and where, nothing on stdout, and the --out file neither created nor changed.
 */
class NetworkBadInputTest {

    private static final String EXISTING_CONTENT = "step,w1\n0,1.0\n";
    private static final List<String> VALID = List.of("network", "--x", "1.5", "--y", "0", "--w1", "0.5", "--b1", "0",
            "--w2", "-0.3", "--b2", "0", "--lr", "0.5", "--steps", "5");

    @TempDir
    Path folder;

    /**
     * A valid run with changes: "--name value" replaces an option's value or adds the option,
     * "-name" removes it, and "DATA" stands for the path of a data file with the given content.
     */
    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("give either --x and --y or --data, not both", List.of("--data", "DATA"), "x,y\n1,0\n"),
                Arguments.of("give either --x and --y or --data, not both", List.of("-x", "--data", "DATA"), "x,y\n1,0\n"),
                Arguments.of("missing required option --x and --y, or --data", List.of("-x", "-y"), null),
                Arguments.of("missing required option --y (one pair needs both --x and --y)", List.of("-y"), null),
                Arguments.of("missing required option --x (one pair needs both --x and --y)", List.of("-x"), null),
                Arguments.of("--x: 'abc' is not a finite number", List.of("--x", "abc"), null),
                Arguments.of("--y: 'NaN' is not a finite number", List.of("--y", "NaN"), null),
                Arguments.of("--w1: '1e999' is not a finite number", List.of("--w1", "1e999"), null),
                Arguments.of("--b2: 'Infinity' is not a finite number", List.of("--b2", "Infinity"), null),
                Arguments.of("--lr: '0x1' is not a finite number", List.of("--lr", "0x1"), null),
                Arguments.of("missing required option --w2", List.of("-w2"), null),
                Arguments.of("missing required option --lr", List.of("-lr"), null),
                Arguments.of("missing required option --steps", List.of("-steps"), null),
                Arguments.of("unknown cost 'ce' (expected mse, xent)", List.of("--cost", "ce"), null),
                Arguments.of("unknown optimizer 'sgd' (expected gd, momentum, rmsprop, adam, adagrad)", List.of("--optimizer", "sgd"), null),
                Arguments.of("--beta2: 'x' is not a finite number", List.of("--optimizer", "adam", "--beta2", "x"), null),
                Arguments.of("--steps must be at least 0", List.of("--steps", "-1"), null),
                Arguments.of("--every must be at least 1", List.of("--every", "0"), null),
                Arguments.of("unknown option --f", List.of("--f", "w^2"), null),
                Arguments.of("option --x given twice", List.of("--x", "1", "--x", "2"), null),
                Arguments.of("DATA: file not found", List.of("-x", "-y", "--data", "DATA"), null),
                Arguments.of("DATA: the file is empty", List.of("-x", "-y", "--data", "DATA"), ""),
                Arguments.of("DATA: no data rows after the header", List.of("-x", "-y", "--data", "DATA"), "x,y\n"),
                Arguments.of("DATA, line 1: the header must be x,y (found 'a,b')", List.of("-x", "-y", "--data", "DATA"),
                        "a,b\n1,2\n"),
                Arguments.of("DATA, line 3: 'abc' is not a number", List.of("-x", "-y", "--data", "DATA"),
                        "x,y\n1,0\nabc,1\n"),
                Arguments.of("DATA, line 2: expected 2 values, found 3", List.of("-x", "-y", "--data", "DATA"),
                        "x,y\r\n1,0,2\r\n"),
                Arguments.of("DATA, line 2: 1e400 is not a finite number", List.of("-x", "-y", "--data", "DATA"),
                        "x,y\n1e400,0\n"),
                Arguments.of("DATA: binary content, not a CSV text file", List.of("-x", "-y", "--data", "DATA"),
                        "x,y\n\0\0\0\n"),
                // The cross-entropy's y is a probability: outside [0, 1] its cost goes below zero.
                Arguments.of("--y 2 is outside [0, 1]: --cost xent needs a target y from 0 to 1",
                        List.of("--cost", "xent", "--y", "2"), null),
                Arguments.of("--y -0.5 is outside [0, 1]: --cost xent needs a target y from 0 to 1",
                        List.of("--cost", "xent", "--y", "-0.5"), null),
                Arguments.of("DATA, line 4: y = 1.25 is outside [0, 1]: --cost xent needs every y from 0 to 1",
                        List.of("-x", "-y", "--cost", "xent", "--data", "DATA"), "x,y\n0,1\n\n2,1.25\n1,0\n"));
    }

    /** The changed arguments, with --out when {@code out} is not null. */
    private String[] args(List<String> changes, String dataContent, Path out) throws IOException {
        List<String> args = new ArrayList<>(VALID);
        Path data = folder.resolve("data.csv");
        if (dataContent != null) {
            Files.writeString(data, dataContent);
        }
        for (int i = 0; i < changes.size(); i++) {
            String change = changes.get(i);
            if (!change.startsWith("--")) {
                int at = args.indexOf("-" + change);
                args.subList(at, at + 2).clear();
                continue;
            }
            String value = changes.get(++i).replace("DATA", data.toString());
            int at = args.indexOf(change);
            if (at > 0 && changes.indexOf(change) == changes.lastIndexOf(change)) {
                args.set(at + 1, value);
            } else {
                args.add(change);
                args.add(value);
            }
        }
        if (out != null) {
            args.addAll(List.of("--out", out.toString()));
        }
        return args.toArray(String[]::new);
    }

    private String expected(String message) {
        return "gradient-lab network: " + message.replace("DATA", folder.resolve("data.csv").toString()) + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void exitsWithOneLineAndCreatesNoFile(String message, List<String> changes, String dataContent) throws IOException {
        Path out = folder.resolve("new.csv");
        CliResult result = CliResult.run(args(changes, dataContent, out));
        assertEquals(new CliResult(2, "", expected(message)), result);
        assertFalse(Files.exists(out));
        assertEquals(dataContent == null ? List.of() : List.of(folder.resolve("data.csv")), filesInFolder(),
                "no file, not even a temporary one");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void leavesAnExistingOutFileUnchanged(String message, List<String> changes, String dataContent) throws IOException {
        Path out = folder.resolve("existing.csv");
        Files.writeString(out, EXISTING_CONTENT);
        CliResult result = CliResult.run(args(changes, dataContent, out));
        assertEquals(new CliResult(2, "", expected(message)), result);
        assertEquals(EXISTING_CONTENT, Files.readString(out));
    }

    @Test
    void aDataPathThatIsAFolderIsBadInput() {
        CliResult result = CliResult.run("network", "--data", folder.toString(), "--w1", "0.5", "--b1", "0", "--w2", "-0.3",
                "--b2", "0", "--lr", "0.5", "--steps", "5");
        assertEquals(new CliResult(2, "", "gradient-lab network: " + folder + ": this is a folder, not a file\n"), result);
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
