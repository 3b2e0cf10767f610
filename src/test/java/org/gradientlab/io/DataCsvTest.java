package org.gradientlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.gradientlab.engine.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Good data files in their usual shapes; the big-file case. Bad files are in {@link DataCsvErrorTest}. */
class DataCsvTest {

    @TempDir
    Path folder;

    private DataSet read(String content) throws IOException, DataFileException {
        Path file = folder.resolve("data.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return DataCsv.read(file);
    }

    private static void assertPairs(double[] x, double[] y, DataSet data) {
        assertArrayEquals(x, data.x());
        assertArrayEquals(y, data.y());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x,y\n1.5,0\n-2,1\n",
        "x,y\n1.5,0\n-2,1",
        "x,y\r\n1.5,0\r\n-2,1\r\n",
        "x,y\r\n1.5,0\r\n-2,1",
        "\uFEFFx,y\n1.5,0\n-2,1\n",
        "\uFEFFx,y\r\n1.5,0\r\n-2,1\r\n",
        "X,Y\n1.5,0\n-2,1\n",
        " x , y \n 1.5 , 0 \n\t-2\t,\t1\t\n",
        "x,y\n1.5,0\n-2,1\n\n\n",
        "x,y\n1.5,0\n-2,1\n  \n\t\r\n",
        "\n\nx,y\n\n1.5,0\n\n-2,1\n",
        "x,y\n+1.5,0.0\n-2.0,1e0\n",
        "x,y\n15e-1,.0\n-2.,+1.\n"})
    void readsTheUsualShapes(String content) throws Exception {
        assertPairs(new double[] {1.5, -2}, new double[] {0, 1}, read(content));
    }

    @Test
    void keepsNumbersInFullPrecision() throws Exception {
        DataSet data = read("x,y\n0.1,0.30000000000000004\n-4.9e-324,1.7976931348623157e308\n1e-400,-0\n");
        assertArrayEquals(new double[] {0.1, -4.9e-324, 0}, data.x());
        assertArrayEquals(new double[] {0.30000000000000004, 1.7976931348623157e308, -0.0}, data.y());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(data.y()[2]));
    }

    @Test
    void readsOnePair() throws Exception {
        assertPairs(new double[] {3}, new double[] {4}, read("x,y\n3,4"));
    }

    @Test
    void readsLinesThatCrossTheBufferBoundary() throws Exception {
        // Rows of varied length put line breaks at every offset of the 64 KiB buffer.
        StringBuilder content = new StringBuilder("x,y\r\n");
        int rows = 30_000;
        double[] x = new double[rows];
        double[] y = new double[rows];
        Random random = new Random(3);
        for (int i = 0; i < rows; i++) {
            x[i] = random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3);
            y[i] = i % 7 == 0 ? i : random.nextDouble();
            content.append(x[i]).append(" ,".substring(i % 2)).append(y[i]).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        assertPairs(x, y, read(content.toString()));
    }

    @Test
    void loadsAMillionRows() throws Exception {
        Path file = folder.resolve("million.csv");
        int rows = 1_000_000;
        Random random = new Random(11);
        double[] probeX = new double[3];
        double[] probeY = new double[3];
        int[] probes = {0, 543_210, rows - 1};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("x,y\n");
            int probe = 0;
            for (int i = 0; i < rows; i++) {
                double x = random.nextDouble() * 20 - 10;
                double y = i % 2 == 0 ? Math.floor(x) : x * 0.5 + random.nextGaussian();
                if (probe < probes.length && i == probes[probe]) {
                    probeX[probe] = x;
                    probeY[probe] = y;
                    probe++;
                }
                out.write(Double.toString(x));
                out.write(',');
                out.write(Double.toString(y));
                out.write('\n');
            }
        }
        DataSet data = DataCsv.read(file);
        assertEquals(rows, data.size());
        for (int p = 0; p < probes.length; p++) {
            assertEquals(probeX[p], data.x()[probes[p]]);
            assertEquals(probeY[p], data.y()[probes[p]]);
        }
        assertEquals(rows, data.x().length, "arrays trimmed to the rows read");
    }

    @Test
    void aMissingFileIsNamedAsGiven() {
        DataFileException e = assertThrows(DataFileException.class, () -> DataCsv.read(Path.of("no-such-folder", "data.csv")));
        assertEquals(Path.of("no-such-folder", "data.csv") + ": file not found", e.getMessage());
    }
}
