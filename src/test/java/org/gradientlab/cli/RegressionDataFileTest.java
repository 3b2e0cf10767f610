package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.regression.LinearDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code regression --data}: a data file end to end, and files that are bad input (SPEC section 5). */
class RegressionDataFileTest {

    private static final String EXISTING_CONTENT = "step,w0,w1,loss\n0,0.0,0.0,1.0\n";

    @TempDir
    Path folder;

    private Path dataFile(String content) throws IOException {
        Path file = folder.resolve("points.csv");
        Files.writeString(file, content);
        return file;
    }

    /** The data written with every digit of Double.toString, so the file holds exactly these doubles. */
    private Path dataFile(DataSet data) throws IOException {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int j = 0; j < data.size(); j++) {
            csv.append(data.x()[j]).append(',').append(data.y()[j]).append('\n');
        }
        return dataFile(csv.toString());
    }

    @Test
    void threePointsWorkedByHand() throws IOException {
        Path file = dataFile("x,y\n0,1\n1,3\n2,4\n");
        CliResult result = CliResult.run("regression", "--data", file.toString(), "--w0", "0", "--w1", "0",
                "--lr", "0.125", "--steps", "2");
        // r = (1, 3, 4): w0 = 0.125*8, w1 = 0.125*11; then r = (0, 0.625, 0.25): sums 0.875 and 1.125
        assertEquals(new CliResult(0, """
                step,w0,w1,loss
                0,0.0,0.0,13.0
                1,1.0,1.375,0.2265625
                2,1.109375,1.515625,0.086181640625
                """, ""), result);
    }

    @ParameterizedTest(name = "batch {0}, {1}, {2}")
    @CsvSource({"0, gd, sum", "0, adam, mean", "5, momentum, mean", "1, gd, sum"})
    void aFileMatchesSpecAsGeneratedDataDoes(int batch, String optimizer, String reduction) throws IOException {
        DataSet data = LinearDataGenerator.DEFAULT.generate(37, 12);
        Path file = dataFile(data);
        String batchOption = batch == 0 ? "all" : Integer.toString(batch);
        CliResult result = CliResult.run("regression", "--data", file.toString(), "--seed", "8", "--w0", "-1",
                "--w1", "0.5", "--lr", "0.01", "--reduction", reduction, "--batch", batchOption, "--optimizer", optimizer,
                "--steps", "60", "--every", "6");
        SpecRegression spec = new SpecRegression();
        spec.optimizer = optimizer;
        spec.reduction = reduction;
        spec.batch = batch;
        spec.seed = 8;
        assertEquals(new CliResult(0, spec.csv(data.x(), data.y(), -1, 0.5, 0.01, 60, 6), ""), result);
    }

    @Test
    void aMissingFileIsBadInput() throws IOException {
        Path missing = folder.resolve("missing.csv");
        assertBadInput(missing + ": file not found", missing);
    }

    @Test
    void aRowThatIsNotANumberIsNamedWithItsLine() throws IOException {
        Path file = dataFile("x,y\n1,2\nabc,3\n");
        assertBadInput(file + ", line 3: 'abc' is not a number", file);
    }

    @Test
    void aFileWithoutTheHeaderIsBadInput() throws IOException {
        Path file = dataFile("1,2\n3,4\n");
        assertBadInput(file + ", line 1: the header must be x,y (found '1,2')", file);
    }

    @Test
    void anEmptyFileIsBadInput() throws IOException {
        Path file = dataFile("");
        assertBadInput(file + ": the file is empty", file);
    }

    /** Exit 2, the message on one line, nothing on stdout, an existing --out unchanged and no new file. */
    private void assertBadInput(String message, Path data) throws IOException {
        Path out = folder.resolve("existing.out.csv");
        Files.writeString(out, EXISTING_CONTENT);
        List<Path> before = filesInFolder();
        CliResult result = CliResult.run("regression", "--data", data.toString(), "--w0", "0", "--w1", "0", "--lr",
                "0.1", "--steps", "3", "--out", out.toString());
        assertEquals(new CliResult(2, "", "gradient-lab regression: " + message + "\n"), result);
        assertEquals(EXISTING_CONTENT, Files.readString(out));
        assertEquals(before, filesInFolder());
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
