package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.descent.DescentStepper;
import org.gradientlab.engine.optim.GradientDescent;
import org.junit.jupiter.api.Test;

/** The rows of {@code descent} on a hand-made f(w) = w^2, independent of the expression parser. */
class DescentTableTest {

    /** f(w) = w^2, f'(w) = 2w. */
    private static final class WSquared implements DifferentiableFunction {
        private double w;

        @Override
        public void evaluate(double w) {
            this.w = w;
        }

        @Override
        public double value() {
            return w * w;
        }

        @Override
        public double derivative() {
            return 2 * w;
        }
    }

    private long divergedAt;

    private String table(double w0, double learningRate, long steps, long every) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvRowWriter rows = new CsvRowWriter(bytes);
        DescentStepper stepper = new DescentStepper(new WSquared(), new GradientDescent(), w0);
        divergedAt = DescentTable.write(stepper, learningRate, steps, every, rows);
        rows.flush();
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void rowKIsTheStateBeforeUpdateKPlusOne() throws IOException {
        // lr 0.25 halves w: w_k = 2^-k, f = 4^-k, grad = 2^(1-k)
        assertEquals("""
                step,w,f,grad
                0,1.0,1.0,2.0
                1,0.5,0.25,1.0
                2,0.25,0.0625,0.5
                3,0.125,0.015625,0.25
                """, table(1, 0.25, 3, 1));
        assertEquals(-1, divergedAt);
    }

    @Test
    void zeroStepsWritesTheStart() throws IOException {
        assertEquals("step,w,f,grad\n0,1.0,1.0,2.0\n", table(1, 0.25, 0, 5));
    }

    @Test
    void everyKeepsMultiplesAndTheLastRow() throws IOException {
        assertEquals("""
                step,w,f,grad
                0,1.0,1.0,2.0
                3,0.125,0.015625,0.25
                4,0.0625,0.00390625,0.125
                """, table(1, 0.25, 4, 3));
    }

    @Test
    void theLastRowIsNotRepeatedWhenItIsAMultiple() throws IOException {
        assertEquals("""
                step,w,f,grad
                0,1.0,1.0,2.0
                2,0.25,0.0625,0.5
                """, table(1, 0.25, 2, 2));
    }

    @Test
    void divergenceStopsBeforeTheFirstNonFiniteRow() throws IOException {
        // lr 1.5 multiplies w by -2: f = 4^k overflows first at k = 512
        String csv = table(1, 1.5, 1000, 1);
        assertEquals(512, divergedAt);
        String[] lines = csv.split("\n");
        assertEquals(1 + 512, lines.length, "header and rows 0..511");
        assertEquals("511," + -Math.scalb(1.0, 511) + "," + Math.scalb(1.0, 1022) + "," + -Math.scalb(1.0, 512),
                lines[lines.length - 1]);
    }

    @Test
    void divergenceDoesNotAddTheLastFiniteRow() throws IOException {
        String csv = table(1, 1.5, 1000, 100);
        assertEquals(512, divergedAt);
        String[] lines = csv.split("\n");
        assertEquals(1 + 6, lines.length, "header and rows 0, 100, ..., 500; not 511");
        assertEquals("500,", lines[6].substring(0, 4));
    }

    @Test
    void aRunThatEndsJustBeforeDivergingFinishes() throws IOException {
        String csv = table(1, 1.5, 511, 100);
        assertEquals(-1, divergedAt);
        assertEquals("511,", csv.split("\n")[7].substring(0, 4));
    }

    @Test
    void aStartThatIsNotFiniteWritesOnlyTheHeader() throws IOException {
        assertEquals("step,w,f,grad\n", table(1e200, 0.1, 10, 1));
        assertEquals(0, divergedAt);
    }
}
