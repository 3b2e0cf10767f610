package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.GradientDescent;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.RegressionStepper;
import org.junit.jupiter.api.Test;

/** The rows of {@code regression} on three hand-made points, without a data file. */
class RegressionTableTest {

    private static final DataSet THREE = new DataSet(new double[] {0, 1, 2}, new double[] {1, 3, 4});

    private long divergedAt;

    private String table(double w0, double w1, double lr, long steps, long every) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvRowWriter rows = new CsvRowWriter(bytes);
        RegressionStepper stepper = new RegressionStepper(RegressionProblem.fullBatch(THREE, Reduction.SUM),
                new GradientDescent(), w0, w1);
        divergedAt = RunTable.write(RegressionTable.of(stepper, lr), steps, every, rows);
        rows.flush();
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void rowKIsTheStateBeforeUpdateKPlusOne() throws IOException {
        // r = (1, 3, 4): sum 8, sum r*x 11, loss 26/2; then r = (0, 0.625, 0.25); then (-0.109375, 0.375, -0.140625)
        assertEquals("""
                step,w0,w1,loss
                0,0.0,0.0,13.0
                1,1.0,1.375,0.2265625
                2,1.109375,1.515625,0.086181640625
                """, table(0, 0, 0.125, 2, 1));
        assertEquals(-1, divergedAt);
    }

    @Test
    void aRowWhoseLossOverflowsIsNotWritten() throws IOException {
        // r is about (1, -1e153, -2e153); lr 2 then gives w0 about -6e153 and w1 about -9e153, both
        // finite, but r is then about 2.4e154 and its square overflows.
        double r1 = 3 - (0 + 1e153 * 1);
        double r2 = 4 - (0 + 1e153 * 2);
        double loss = (1.0 + r1 * r1 + r2 * r2) / 2;
        assertEquals("step,w0,w1,loss\n0,0.0,1.0E153," + loss + "\n", table(0, 1e153, 2, 5, 1));
        assertEquals(1, divergedAt);
    }
}
