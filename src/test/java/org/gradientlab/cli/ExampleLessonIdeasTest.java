package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each example lesson, run headless, shows the idea its title promises. */
class ExampleLessonIdeasTest {

    /** The CSV rows of {@code run} on the example, without the header, split into numbers. */
    private static List<double[]> rows(String file, int steps, int every) {
        CliResult result = CliResult.run("run", Path.of("assets", "lessons", file).toString(), "--steps",
                Integer.toString(steps), "--every", Integer.toString(every));
        return result.out().lines().skip(1)
                .map(line -> java.util.Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toList();
    }

    private static double[] last(List<double[]> rows) {
        return rows.get(rows.size() - 1);
    }

    @Test
    void theBowlConvergesToItsMinimum() {
        assertEquals(1, last(rows("descent-bowl.json", 100, 1))[1], 1e-6);
    }

    @Test
    void aRateTooLargeOscillatesThenDiverges() {
        CliResult result = CliResult.run("run", "assets/lessons/descent-rate-too-large.json", "--steps", "100");
        assertEquals(ExitStatus.DIVERGED, result.exitStatus());
        List<double[]> rows = rows("descent-rate-too-large.json", 100, 1);
        for (int k = 1; k < 8; k++) {
            double w = rows.get(k)[1];
            double before = rows.get(k - 1)[1];
            assertTrue(Math.signum(w) == -Math.signum(before) && Math.abs(w) > Math.abs(before),
                    "step " + k + " crosses the minimum and lands farther out: " + before + " -> " + w);
        }
    }

    @Test
    void plainDescentStopsInTheLocalMinimumAndMomentumEscapesIt() {
        double trapped = last(rows("descent-local-minimum.json", 400, 400))[1];
        double escaped = last(rows("descent-momentum-escape.json", 400, 400))[1];
        assertEquals(1.1309, trapped, 1e-4, "the shallower minimum on the right");
        assertEquals(-1.3008, escaped, 1e-3, "the deeper minimum on the left");
    }

    @Test
    void theNetworkLearnsItsPair() {
        List<double[]> rows = rows("network-forward-backward.json", 200, 200);
        int cost = 9;
        assertTrue(rows.get(1)[cost] < rows.get(0)[cost] / 50, "cost " + rows.get(0)[cost] + " -> " + rows.get(1)[cost]);
    }

    @Test
    void batchDescentFitsTheTenPoints() {
        double[] fit = last(rows("regression-batch.json", 400, 400));
        // Least squares on the ten points, worked out from their sums: w0 = 1.08182, w1 = 1.96364.
        assertEquals(1.08182, fit[1], 1e-4);
        assertEquals(1.96364, fit[2], 1e-4);
    }

    @Test
    void unscaledXCrawlsAlongANarrowValley() {
        List<double[]> rows = rows("regression-unscaled-valley.json", 100_000, 10_000);
        double startLoss = rows.get(0)[3];
        double[] afterTenThousand = rows.get(1);
        double[] afterAll = last(rows);
        // Least squares of the ten points, from their sums: w0 = 3.6527, w1 = 0.49418, mean loss 3.2170.
        assertTrue(afterTenThousand[3] < startLoss / 300, "the steep direction is done at once");
        assertTrue(afterAll[1] < 2.2, "w0 still far from its best 3.65 after 100,000 steps: " + afterAll[1]);
        assertTrue(afterAll[3] > 3.217 + 0.09, "so the loss still lies above its minimum: " + afterAll[3]);
    }
}
