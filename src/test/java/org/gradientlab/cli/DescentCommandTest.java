package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code descent} end to end, in-process, against an independent loop of SPEC's formulas. */
class DescentCommandTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"gd", "momentum", "rmsprop", "adam", "adagrad"})
    void matchesSpecWithDefaultHyperparameters(String optimizer) {
        CliResult result = CliResult.run("descent", "--f", "w^2", "--w0", "1.5", "--lr", "0.1",
                "--optimizer", optimizer, "--steps", "40");
        assertEquals(new CliResult(0, new SpecDescent().csv(optimizer, 1.5, 0.1, 40, 1), ""), result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd", "momentum", "rmsprop", "adam", "adagrad"})
    void matchesSpecWithGivenHyperparameters(String optimizer) {
        SpecDescent spec = new SpecDescent();
        spec.beta = 0.8;
        spec.rho = 0.7;
        spec.beta1 = 0.85;
        spec.beta2 = 0.99;
        spec.eps = 1e-3;
        CliResult result = CliResult.run("descent", "--f", "w^2", "--w0", "-2.75", "--lr", "0.05",
                "--optimizer", optimizer, "--beta", "0.8", "--rho", "0.7", "--beta1", "0.85", "--beta2", "0.99",
                "--eps", "1e-3", "--steps", "60", "--every", "7");
        assertEquals(new CliResult(0, spec.csv(optimizer, -2.75, 0.05, 60, 7), ""), result);
    }

    @Test
    void gradientDescentWorkedByHand() {
        CliResult result = CliResult.run("descent", "--f", "w^2", "--w0", "1", "--lr", "0.25", "--steps", "2");
        assertEquals("step,w,f,grad\n0,1.0,1.0,2.0\n1,0.5,0.25,1.0\n2,0.25,0.0625,0.5\n", result.out());
    }

    @Test
    void everyKeepsMultiplesAndAlwaysTheLastRow() {
        CliResult result = CliResult.run("descent", "--f", "w^2", "--w0", "1", "--lr", "0.25", "--steps", "10",
                "--every", "4");
        assertEquals(List.of("step", "0", "4", "8", "10"), firstColumn(result.out()));
        assertEquals(new SpecDescent().csv("gd", 1, 0.25, 10, 4), result.out());
    }

    @Test
    void zeroStepsWritesTheStartOnly() {
        CliResult result = CliResult.run("descent", "--f", "w^2", "--w0", "3", "--lr", "0.1", "--steps", "0");
        assertEquals(new CliResult(0, "step,w,f,grad\n0,3.0,9.0,6.0\n", ""), result);
    }

    @Test
    void divergenceStopsTheRunAndNamesTheStep() {
        // lr 1.5 multiplies w by -2, so f = 4^k overflows first at k = 512
        CliResult result = CliResult.run("descent", "--f", "w^2", "--w0", "1", "--lr", "1.5", "--steps", "1000",
                "--every", "100");
        assertEquals(3, result.exitStatus());
        assertEquals("gradient-lab descent: diverged at step 512\n", result.err());
        // Rows 0..500 that --every keeps; the last finite row 511 is not added.
        assertEquals(List.of("step", "0", "100", "200", "300", "400", "500"), firstColumn(result.out()));
        SpecDescent spec = new SpecDescent();
        assertEquals(spec.csv("gd", 1, 1.5, 1000, 100), result.out());
        assertEquals(512, spec.divergedAt);
    }

    @Test
    void aStartThatIsNotFiniteDivergesAtStepZero() {
        CliResult result = CliResult.run("descent", "--f", "log(w)", "--w0", "0", "--lr", "0.1", "--steps", "5");
        assertEquals(new CliResult(3, "step,w,f,grad\n", "gradient-lab descent: diverged at step 0\n"), result);
    }

    @Test
    void outWritesTheFileAndNothingToStdout() throws IOException {
        Path out = folder.resolve("descent.csv");
        CliResult result = CliResult.run("descent", "--f", "w^2", "--w0", "1", "--lr", "0.25", "--steps", "3",
                "--out", out.toString());
        assertEquals(new CliResult(0, "", ""), result);
        assertEquals(new SpecDescent().csv("gd", 1, 0.25, 3, 1), Files.readString(out));
        assertEquals(List.of(out), filesInFolder());
    }

    @Test
    void outReplacesAnExistingFile() throws IOException {
        Path out = folder.resolve("descent.csv");
        Files.writeString(out, "an older run that was much longer than this one\n".repeat(100));
        CliResult result = CliResult.run("descent", "--f", "w^2", "--w0", "1", "--lr", "0.25", "--steps", "1",
                "--out", out.toString());
        assertEquals(0, result.exitStatus());
        assertEquals("step,w,f,grad\n0,1.0,1.0,2.0\n1,0.5,0.25,1.0\n", Files.readString(out));
    }

    @Test
    void outOnDivergenceHoldsTheRowsBefore() throws IOException {
        Path out = folder.resolve("diverged.csv");
        CliResult result = CliResult.run("descent", "--f", "w^2", "--w0", "1", "--lr", "1.5", "--steps", "600",
                "--out", out.toString());
        assertEquals(new CliResult(3, "", "gradient-lab descent: diverged at step 512\n"), result);
        assertEquals(new SpecDescent().csv("gd", 1, 1.5, 600, 1), Files.readString(out));
        assertEquals(1 + 512, Files.readAllLines(out).size());
    }

    @Test
    void aStdoutThatFailsEndsTheRunWithStatusOne() {
        PrintStream broken = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        });
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"descent", "--f", "w^2", "--w0", "1", "--lr", "0.1", "--steps", "100000"},
                broken, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ExitStatus.IO_FAILURE, status);
        assertEquals("gradient-lab descent: cannot write the CSV: stdout could not be written\n", err.toString(StandardCharsets.UTF_8));
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static List<String> firstColumn(String csv) {
        List<String> column = new ArrayList<>();
        for (String line : csv.split("\n")) {
            column.add(line.substring(0, line.indexOf(',')));
        }
        return column;
    }
}
