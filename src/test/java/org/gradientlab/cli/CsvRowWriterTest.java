package org.gradientlab.cli;

import org.gradientlab.engine.Exp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRowWriterTest {

    @Test
    void writesHeaderAndRowsInFullPrecision() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvRowWriter rows = new CsvRowWriter(bytes);
        rows.header("step", "w", "f");
        rows.beginRow(0).add(0.1 + 0.2).add(-0.0).endRow();
        rows.beginRow(12_345_678_901L).add(1e-300).add(6.02214076e23).endRow();
        rows.flush();
        assertEquals("step,w,f\n"
                + "0," + Double.toString(0.1 + 0.2) + ",-0.0\n"
                + "12345678901,1.0E-300,6.02214076E23\n", bytes.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void nothingReachesTheStreamBeforeFlushForFewRows() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvRowWriter rows = new CsvRowWriter(bytes);
        rows.header("step", "w");
        rows.beginRow(0).add(1).endRow();
        assertEquals(0, bytes.size());
        rows.flush();
        assertEquals("step,w\n0,1.0\n", bytes.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void manyRowsCrossTheBufferIntact() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvRowWriter rows = new CsvRowWriter(bytes);
        StringBuilder expected = new StringBuilder("step,x\n");
        rows.header("step", "x");
        for (long step = 0; step < 20_000; step++) {
            double x = Math.sin(step) * Exp.exp(step % 50);
            rows.beginRow(step).add(x).endRow();
            expected.append(step).append(',').append(Double.toString(x)).append('\n');
        }
        rows.flush();
        assertEquals(expected.toString(), bytes.toString(StandardCharsets.US_ASCII));
    }
}
