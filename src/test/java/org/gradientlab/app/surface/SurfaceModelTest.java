package org.gradientlab.app.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.cli.Cli;
import org.gradientlab.engine.descent.DescentStatus;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.surface.SurfaceState;
import org.gradientlab.io.export.StepsTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Surface lesson's model with a synchronous runner: its steps follow an independent loop
 * written here (hand-worked gradients, SPEC 2's update rules, SPEC 4b's noise drawn with
 * java.util.Random) and equal the {@code surface} command's CSV byte for byte.
 */
class SurfaceModelTest {

    private static final String ROSENBROCK = "(1 - w1)^2 + 100*(w2 - w1^2)^2";

    private SurfaceModel model;

    @BeforeEach
    void open() {
        model = new SurfaceModel(RunnerFactory.synchronous());
    }

    @AfterEach
    void close() {
        model.close();
    }

    private SurfaceSnapshot now() {
        model.session().pullSnapshot();
        return model.session().snapshot();
    }

    private void steps(int n) {
        for (int i = 0; i < n; i++) {
            model.session().step();
        }
    }

    /** The gradient of Rosenbrock, worked by hand. */
    private static double[] rosenbrockGradient(double w1, double w2) {
        return new double[] {-2 * (1 - w1) - 400 * w1 * (w2 - w1 * w1), 200 * (w2 - w1 * w1)};
    }

    /** SPEC 4b: z = (u1 + ... + u12) - 6. */
    private static double z(Random random) {
        double sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += random.nextDouble();
        }
        return sum - 6;
    }

    /** Adam on Rosenbrock with noise, as SPEC 2 and 6 write it: the rows (w1, w2) after each update. */
    private static double[][] referenceAdam(double w1, double w2, double lr, double noise, long seed, int n) {
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        double[] w = {w1, w2};
        double[] m = new double[2];
        double[] s = new double[2];
        Random random = new Random(seed);
        double[][] rows = new double[n + 1][];
        rows[0] = w.clone();
        for (int t = 1; t <= n; t++) {
            double[] g = rosenbrockGradient(w[0], w[1]);
            double z1 = z(random);
            double z2 = z(random);
            g[0] += noise * z1;
            g[1] += noise * z2;
            for (int i = 0; i < 2; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                s[i] = b2 * s[i] + (1 - b2) * g[i] * g[i];
                w[i] = w[i] - lr * (m[i] / (1 - Math.pow(b1, t))) / (Math.sqrt(s[i] / (1 - Math.pow(b2, t))) + eps);
            }
            rows[t] = w.clone();
        }
        return rows;
    }

    @Test
    void startsOnTheElongatedBowl() {
        SurfacePreset bowl = SurfacePreset.ALL.get(0);
        SurfaceState start = now().current();
        assertEquals(0, start.step());
        assertEquals(bowl.w1(), start.w1());
        assertEquals(bowl.w2(), start.w2());
        assertEquals(bowl.w1() * bowl.w1() + 10 * bowl.w2() * bowl.w2(), start.f());
        assertEquals(2 * bowl.w1(), start.g1());
        assertEquals(20 * bowl.w2(), start.g2());
        assertEquals(DescentStatus.START, now().status());
    }

    @Test
    void oneStepIsOneSimultaneousGradientDescentUpdate() {
        model.setFunction("x^2 + 3*x*y");
        model.setStart(2, -1);
        model.session().learningRateProperty().set(0.1);
        model.session().step();
        SurfaceState s = now().current();
        // g = (2*w1 + 3*w2, 3*w1) at (2, -1) = (1, 6), both from the same point.
        assertEquals(2 - 0.1 * 1, s.w1());
        assertEquals(-1 - 0.1 * 6, s.w2());
        assertEquals(2, model.rows().size());
        assertEquals(0.1, model.rows().get(0).rateUsed());
        assertEquals(0.1, now().rateUsed());
    }

    @Test
    void adamWithNoiseFollowsAnIndependentLoop() {
        model.applyPreset(SurfacePreset.ALL.get(1));
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("adam"));
        model.session().learningRateProperty().set(0.02);
        model.setNoise(3);
        model.setSeed(7);
        steps(60);
        double[][] expected = referenceAdam(-1.2, 1, 0.02, 3, 7, 60);
        now();
        List<SurfaceRow> rows = model.rows();
        assertEquals(61, rows.size());
        for (int k = 0; k <= 60; k++) {
            // The hand-worked gradient rounds differently from automatic differentiation: agreement to 1e-9.
            assertEquals(expected[k][0], rows.get(k).w1(), 1e-9, "w1 at step " + k);
            assertEquals(expected[k][1], rows.get(k).w2(), 1e-9, "w2 at step " + k);
            double[] g = rosenbrockGradient(rows.get(k).w1(), rows.get(k).w2());
            // The rows keep the exact gradient, not the noisy one.
            assertEquals(g[0], rows.get(k).g1(), 1e-9 * (1 + Math.abs(g[0])), "g1 at step " + k);
            assertEquals(g[1], rows.get(k).g2(), 1e-9 * (1 + Math.abs(g[1])), "g2 at step " + k);
        }
    }

    private static String command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.US_ASCII);
    }

    private String exported() throws Exception {
        AtomicReference<StepsTable> table = new AtomicReference<>();
        model.session().keptSteps(table::set);
        assertNotNull(table.get());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.get().writeCsv(out);
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void stepsCsvEqualsTheSurfaceCommandWithNoiseAndAdam() throws Exception {
        model.setFunction("(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2");
        model.setStart(0.5, -0.25);
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("adam"));
        model.session().learningRateProperty().set(0.05);
        model.setNoise(2.5);
        model.setSeed(42);
        steps(41);
        model.session().stepBack();
        String expected = command("surface", "--f", "(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2", "--w1", "0.5",
                "--w2", "-0.25", "--lr", "0.05", "--optimizer", "adam", "--noise", "2.5", "--seed", "42",
                "--steps", "40");
        String csv = exported();
        assertEquals(expected, csv);
        assertEquals(42, csv.split("\n").length);
        assertTrue(csv.startsWith("step,w1,w2,f,g1,g2\n"));
    }

    @Test
    void stepsCsvEqualsTheCommandForEveryOptimizer() throws Exception {
        for (String name : OptimizerSettings.NAMES) {
            model.applyPreset(SurfacePreset.ALL.get(2));
            model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName(name));
            model.session().learningRateProperty().set(0.03);
            steps(25);
            String expected = command("surface", "--f", SurfacePreset.ALL.get(2).function(), "--w1", "-2.5",
                    "--w2", "0.001", "--lr", "0.03", "--optimizer", name, "--steps", "25");
            assertEquals(expected, exported(), name);
        }
    }

    @Test
    void aScheduleReachesTheRunAndTheRateUsed() throws Exception {
        model.applyPreset(SurfacePreset.ALL.get(3));
        Schedule cosine = new Schedule(Schedule.Kind.COSINE, 0.5, 20, 0.1, 4);
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("adagrad").withSchedule(cosine));
        model.session().learningRateProperty().set(0.2);
        steps(30);
        String expected = command("surface", "--f", SurfacePreset.ALL.get(3).function(), "--w1", "0", "--w2", "0",
                "--lr", "0.2", "--optimizer", "adagrad", "--schedule", "cosine", "--decay-steps", "20",
                "--min-ratio", "0.1", "--warmup", "4", "--steps", "30");
        assertEquals(expected, exported());
        now();
        // Update t = 1 (from step 0): lr * m(1) * min(1, 1/4), m(1) = r + (1 - r) * (1 + cos 0) / 2 = 1.
        assertEquals(0.2 * 1 * 0.25, model.rows().get(0).rateUsed(), 1e-15);
        // Update t = 31 (from step 30): past D, m = r = 0.1; past the warm-up.
        assertEquals(0.2 * (0.1 + 0.9 * (1 + Math.cos(Math.PI)) / 2), now().rateUsed(), 1e-15);
    }

    @Test
    void timelineStepKEqualsAFreshRunOfKSteps() {
        model.applyPreset(SurfacePreset.ALL.get(1));
        model.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("momentum"));
        model.setNoise(1);
        steps(30);
        model.session().timeline().show(12);
        SurfaceState shown = now().current();
        assertEquals(12, shown.step());
        double[] path = now().path();

        SurfaceModel fresh = new SurfaceModel(RunnerFactory.synchronous());
        try {
            fresh.applyPreset(SurfacePreset.ALL.get(1));
            fresh.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("momentum"));
            fresh.setNoise(1);
            for (int i = 0; i < 12; i++) {
                fresh.session().step();
            }
            fresh.session().pullSnapshot();
            SurfaceSnapshot twelve = fresh.session().snapshot();
            assertEquals(twelve.current(), shown);
            assertArrayEquals(twelve.path(), path);
            assertEquals(twelve.nextW1(), now().nextW1());
            assertEquals(twelve.nextW2(), now().nextW2());
        } finally {
            fresh.close();
        }
    }

    @Test
    void nextPointIsWhereTheStepGoesWithNoise() {
        model.setNoise(5);
        SurfaceSnapshot before = now();
        model.session().step();
        SurfaceState after = now().current();
        assertEquals(before.nextW1(), after.w1());
        assertEquals(before.nextW2(), after.w2());
    }

    @Test
    void aBadFunctionLeavesThePreviousOneAndSaysWhere() {
        model.setFunction("w1^2 + w2^2");
        steps(3);
        String error = model.setFunction("w1^2 + w^2");
        assertNotNull(error);
        assertTrue(error.contains("column 8"), error);
        assertEquals("w1^2 + w2^2", model.functionProperty().get().source());
        assertEquals(error, model.functionErrorProperty().get());
        assertEquals(3, now().step());
        String unclosed = model.setFunction("(x + y");
        assertTrue(unclosed.contains("column"), unclosed);
        assertEquals("w1^2 + w2^2", model.functionProperty().get().source());
        assertNull(model.setFunction("x^2 + y^2"));
        assertEquals("", model.functionErrorProperty().get());
        assertEquals(0, now().step());
    }

    @Test
    void convergesOnABowlAndDivergesAtTooLargeARate() {
        model.setFunction("w1^2 + w2^2");
        model.setStart(1, 1);
        model.session().learningRateProperty().set(0.25);
        model.session().play();
        model.session().playFor(10_000);
        assertEquals(DescentStatus.CONVERGED, now().status());

        model.session().learningRateProperty().set(1.5);
        model.session().reset();
        steps(5);
        assertEquals(DescentStatus.DIVERGING, now().status());
        model.session().play();
        model.session().playFor(100_000);
        assertEquals(DescentStatus.DIVERGED, now().status());
        assertTrue(now().divergedAt() > 0);
    }
}
