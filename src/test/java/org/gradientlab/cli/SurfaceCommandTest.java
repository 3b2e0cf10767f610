package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code surface} end to end, in-process, against {@link SpecSurface} and a hand-written Rosenbrock. */
class SurfaceCommandTest {

    private static final String ROSENBROCK = "(1 - w1)^2 + 100*(w2 - w1^2)^2";

    @TempDir
    Path folder;

    private static String[] with(String[] base, String... more) {
        return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    }

    private static String[] bowl(String... more) {
        return bowlAt("0.04", more);
    }

    private static String[] bowlAt(String lr, String... more) {
        return with(new String[] {"surface", "--f", SpecSurface.F, "--w1", "-2", "--w2", "1.5", "--lr", lr}, more);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd", "momentum", "rmsprop", "adam", "adagrad"})
    void matchesSpecForEveryOptimizer(String optimizer) {
        SpecSurface spec = new SpecSurface();
        spec.optimizer = optimizer;
        CliResult result = CliResult.run(bowl("--optimizer", optimizer, "--steps", "120", "--every", "7"));
        assertEquals(new CliResult(0, spec.csv(-2, 1.5, 0.04, 120, 7), ""), result);
    }

    static Stream<Arguments> noisyRuns() {
        return Stream.of(Arguments.of("gd", 0.5, 1L), Arguments.of("momentum", 2.0, 42L), Arguments.of("adam", 0.1, -7L),
                Arguments.of("rmsprop", 1.0, 3L));
    }

    @ParameterizedTest(name = "{0} noise {1} seed {2}")
    @MethodSource("noisyRuns")
    void noiseIsDrawnZ1ThenZ2FromOneRandom(String optimizer, double noise, long seed) {
        SpecSurface spec = new SpecSurface();
        spec.optimizer = optimizer;
        spec.noise = noise;
        spec.seed = seed;
        CliResult result = CliResult.run(bowl("--optimizer", optimizer, "--noise", Double.toString(noise), "--seed",
                Long.toString(seed), "--steps", "80"));
        assertEquals(new CliResult(0, spec.csv(-2, 1.5, 0.04, 80, 1), ""), result);
    }

    @Test
    void theSeedDefaultsToOneAndNoiseZeroIsTheExactGradient() {
        assertEquals(CliResult.run(bowl("--noise", "0.3", "--seed", "1", "--steps", "20")),
                CliResult.run(bowl("--noise", "0.3", "--steps", "20")));
        assertEquals(CliResult.run(bowl("--steps", "20")), CliResult.run(bowl("--noise", "0", "--seed", "9", "--steps", "20")));
        assertNotEquals(CliResult.run(bowl("--noise", "0.3", "--seed", "2", "--steps", "20")),
                CliResult.run(bowl("--noise", "0.3", "--steps", "20")));
    }

    @Test
    void schedulesApply() {
        SpecSurface spec = new SpecSurface();
        spec.optimizer = "momentum";
        spec.schedule.kind = "cosine";
        spec.schedule.decaySteps = 40;
        spec.schedule.minRatio = 0.05;
        spec.schedule.warmup = 5;
        CliResult result = CliResult.run(bowl("--optimizer", "momentum", "--schedule", "cosine", "--decay-steps", "40",
                "--min-ratio", "0.05", "--warmup", "5", "--steps", "60"));
        assertEquals(new CliResult(0, spec.csv(-2, 1.5, 0.04, 60, 1), ""), result);
    }

    @Test
    void xAndYAreTheSameAsW1AndW2() {
        String[] rest = {"--w1", "0.3", "--w2", "-0.2", "--lr", "0.01", "--steps", "30"};
        assertEquals(CliResult.run(with(new String[] {"surface", "--f", ROSENBROCK}, rest)),
                CliResult.run(with(new String[] {"surface", "--f", "(1 - x)^2 + 100*(y - x^2)^2"}, rest)));
    }

    /**
     * Rosenbrock with plain gd: every row's gradient against the hand-written one at the row's own
     * point, and every step against w - lr*g of the row before, from the numbers printed.
     */
    @Test
    void rosenbrockRowsAgreeWithAHandWrittenGradient() {
        double lr = 0.001;
        CliResult result = CliResult.run("surface", "--f", ROSENBROCK, "--w1", "-1.5", "--w2", "2", "--lr", "0.001",
                "--steps", "400");
        assertEquals(0, result.exitStatus());
        List<String> lines = result.out().lines().toList();
        assertEquals("step,w1,w2,f,g1,g2", lines.get(0));
        assertEquals(402, lines.size());
        double[] previous = null;
        for (int k = 0; k <= 400; k++) {
            double[] row = parse(lines.get(k + 1));
            assertEquals(k, (long) row[0]);
            double x = row[1];
            double y = row[2];
            double inner = y - x * x;
            double f = (1 - x) * (1 - x) + 100 * inner * inner;
            double g1 = -2 * (1 - x) - 400 * x * inner;
            double g2 = 200 * inner;
            assertEquals(f, row[3], 1e-12 * Math.abs(f), "f at step " + k);
            assertEquals(g1, row[4], 1e-12 * (Math.abs(g1) + 1e-3), "g1 at step " + k);
            assertEquals(g2, row[5], 1e-12 * (Math.abs(g2) + 1e-3), "g2 at step " + k);
            if (previous != null) {
                assertEquals(previous[1] - lr * previous[4], x, "w1 at step " + k);
                assertEquals(previous[2] - lr * previous[5], y, "w2 at step " + k);
            }
            previous = row;
        }
        assertTrue(parse(lines.get(401))[3] < 12.5, "the cost went down");
    }

    private static double[] parse(String line) {
        return Stream.of(line.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void divergenceStopsWithExitThreeAndTheRowsBefore() {
        SpecSurface spec = new SpecSurface();
        CliResult result = CliResult.run(bowlAt("0.5", "--steps", "2000"));
        String expected = spec.csv(-2, 1.5, 0.5, 2000, 1);
        assertTrue(spec.divergedAt > 0, "the reference diverges too");
        assertEquals(new CliResult(3, expected, "gradient-lab surface: diverged at step " + spec.divergedAt + "\n"), result);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("--f: unknown name 'w' at column 1", List.of("--f", "w^2 + y")),
                Arguments.of("--f: unexpected ')' at column 6", List.of("--f", "(x+y))")),
                Arguments.of("missing required option --w2", List.of("--w2")),
                Arguments.of("--w1: 'one' is not a finite number", List.of("--w1", "one")),
                Arguments.of("--noise must be at least 0", List.of("--noise", "-1")),
                Arguments.of("--noise: 'NaN' is not a finite number", List.of("--noise", "NaN")),
                Arguments.of("--seed: '1.5' is not a whole number", List.of("--seed", "1.5")),
                Arguments.of("unknown optimizer 'sgd' (expected gd, momentum, rmsprop, adam, adagrad)", List.of("--optimizer", "sgd")),
                Arguments.of("unknown schedule 'linear' (expected constant, step, exp, cosine)", List.of("--schedule", "linear")),
                Arguments.of("--steps must be at least 0", List.of("--steps", "-1")),
                Arguments.of("--every must be at least 1", List.of("--every", "0")),
                Arguments.of("unknown option --w0", List.of("--w0", "1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsExitTwoWithOneLineAndNoFile(String message, List<String> change) throws IOException {
        Path out = folder.resolve("out.csv");
        List<String> args = new java.util.ArrayList<>(List.of("surface", "--f", "x^2+y^2", "--w1", "1", "--w2", "1",
                "--lr", "0.1", "--steps", "5", "--out", out.toString()));
        int at = args.indexOf(change.get(0));
        if (at > 0 && change.size() == 1) {
            args.remove(at + 1);
            args.remove(at);
        } else if (at > 0) {
            args.set(at + 1, change.get(1));
        } else {
            args.addAll(change);
        }
        CliResult result = CliResult.run(args.toArray(String[]::new));
        assertEquals(new CliResult(2, "", "gradient-lab surface: " + message + "\n"), result);
        assertFalse(Files.exists(out));
    }
}
