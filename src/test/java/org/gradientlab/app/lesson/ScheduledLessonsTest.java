package org.gradientlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.descent.model.StepRow;
import org.gradientlab.app.network.model.NetworkData;
import org.gradientlab.app.network.model.NetworkModel;
import org.gradientlab.app.network.model.NetworkSnapshot;
import org.gradientlab.app.regression.model.RegressionData;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.regression.model.UpdateRule;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.cli.Cli;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.io.export.AtomicFile;
import org.gradientlab.io.export.StepsTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schedule chosen in a lesson (OptimizerSettings.withSchedule, as the ScheduleControl does) reaches
 * its engine: the Steps CSV equals, byte for byte, the lesson's command with the same --schedule
 * options; the rates shown are lr_t worked out here from SPEC section 2 with plain arithmetic; a
 * branch with a new optimizer counts t from 1 again. The models run synchronously, no window.
 */
class ScheduledLessonsTest {

    @TempDir
    Path folder;

    /** lr_t of SPEC section 2, written out independently of engine/optim. */
    static double expectedRate(double lr, long t, String kind, double gamma, long d, double r, long w) {
        double m = switch (kind) {
            case "step" -> Math.pow(gamma, (t - 1) / d);
            case "exp" -> Math.pow(gamma, t - 1);
            case "cosine" -> r + (1 - r) * (1 + Math.cos(Math.PI * Math.min(t - 1, d) / d)) / 2;
            default -> 1;
        };
        double warm = w == 0 ? 1 : Math.min(1.0, (double) t / w);
        return lr * m * warm;
    }

    private byte[] exported(Playback lesson) throws Exception {
        AtomicReference<StepsTable> table = new AtomicReference<>();
        lesson.keptSteps(table::set);
        assertNotNull(table.get());
        Path file = folder.resolve("steps.csv");
        AtomicFile.write(file, table.get()::writeCsv);
        return Files.readAllBytes(file);
    }

    private static byte[] command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void descentWithAStepScheduleIsTheCommandAndItsTableShowsLrT() throws Exception {
        DescentModel lesson = new DescentModel(RunnerFactory.synchronous());
        try {
            Schedule schedule = new Schedule(Schedule.Kind.STEP, 0.5, 7, 0, 3);
            lesson.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withSchedule(schedule));
            lesson.setFunction("(w - 1)^2 + 0.5");
            lesson.setStart(-2.5);
            lesson.session().learningRateProperty().set(0.2);
            for (int i = 0; i < 30; i++) {
                lesson.session().step();
            }
            lesson.session().pullSnapshot();
            byte[] expected = command("descent", "--f", "(w - 1)^2 + 0.5", "--w0", "-2.5", "--lr", "0.2",
                    "--schedule", "step", "--gamma", "0.5", "--decay-steps", "7", "--warmup", "3", "--steps", "30");
            byte[] csv = exported(lesson.session());
            assertEquals(new String(expected, StandardCharsets.US_ASCII), new String(csv, StandardCharsets.US_ASCII));
            assertArrayEquals(expected, csv);

            // The table's rate column holds lr_t; plain gd with it: w - lr_t * 2(w - 1).
            List<StepRow> rows = lesson.rows();
            double w = -2.5;
            for (StepRow row : rows.subList(0, rows.size() - 1)) {
                double rate = expectedRate(0.2, row.step() + 1, "step", 0.5, 7, 0, 3);
                assertEquals(rate, row.learningRate(), 0.0, "lr_t of update " + (row.step() + 1));
                assertEquals(w, row.w(), 1e-12);
                w = w - rate * 2 * (w - 1);
            }
            assertEquals(expectedRate(0.2, 31, "step", 0.5, 7, 0, 3), lesson.session().scheduledRateProperty().get(), 0.0,
                    "the readout: η_t of the next update");
        } finally {
            lesson.close();
        }
    }

    @Test
    void descentWithAdaGradAndCosineIsTheCommand() throws Exception {
        DescentModel lesson = new DescentModel(RunnerFactory.synchronous());
        try {
            lesson.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("adagrad")
                    .withSchedule(new Schedule(Schedule.Kind.COSINE, 0.5, 20, 0.1, 0)));
            lesson.setFunction("w^4 - 3*w^2 + w");
            lesson.setStart(2);
            lesson.session().learningRateProperty().set(0.3);
            for (int i = 0; i < 45; i++) {
                lesson.session().step();
            }
            byte[] expected = command("descent", "--f", "w^4 - 3*w^2 + w", "--w0", "2", "--lr", "0.3",
                    "--optimizer", "adagrad", "--schedule", "cosine", "--decay-steps", "20", "--min-ratio", "0.1",
                    "--steps", "45");
            assertArrayEquals(expected, exported(lesson.session()));
        } finally {
            lesson.close();
        }
    }

    @Test
    void aBranchWithAnotherScheduleCountsTFromOneAgain() {
        DescentModel lesson = new DescentModel(RunnerFactory.synchronous());
        try {
            lesson.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withSchedule(Schedule.of(Schedule.Kind.EXP)));
            lesson.session().learningRateProperty().set(0.1);
            for (int i = 0; i < 12; i++) {
                lesson.session().step();
            }
            lesson.session().pullSnapshot();
            lesson.session().timeline().show(5);
            lesson.session().pullSnapshot();
            Schedule warm = new Schedule(Schedule.Kind.EXP, 0.9, 100, 0, 4);
            lesson.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withSchedule(warm));
            lesson.session().timeline().branch();
            lesson.session().pullSnapshot();
            assertEquals(expectedRate(0.1, 1, "exp", 0.9, 100, 0, 4), lesson.session().scheduledRateProperty().get(), 0.0,
                    "the next update is t = 1 of the new schedule");
            for (int i = 0; i < 6; i++) {
                lesson.session().step();
            }
            lesson.session().pullSnapshot();
            List<StepRow> rows = lesson.rows();
            for (StepRow row : rows) {
                if (row.step() >= 5 && row.step() < 11) {
                    assertEquals(expectedRate(0.1, row.step() - 5 + 1, "exp", 0.9, 100, 0, 4), row.learningRate(), 0.0,
                            "update from step " + row.step());
                } else if (row.step() < 5) {
                    assertEquals(expectedRate(0.1, row.step() + 1, "exp", 0.5, 100, 0, 0), row.learningRate(), 0.0,
                            "the first run's update from step " + row.step());
                }
            }
            assertEquals(expectedRate(0.1, 7, "exp", 0.9, 100, 0, 4), lesson.session().scheduledRateProperty().get(), 0.0);
        } finally {
            lesson.close();
        }
    }

    @Test
    void theConstantScheduleHasNoReadout() {
        DescentModel lesson = new DescentModel(RunnerFactory.synchronous());
        try {
            lesson.session().step();
            lesson.session().pullSnapshot();
            assertTrue(Double.isNaN(lesson.session().scheduledRateProperty().get()));
        } finally {
            lesson.close();
        }
    }

    @Test
    void networkWithExpAndWarmUpIsTheCommand() throws Exception {
        NetworkModel lesson = new NetworkModel(RunnerFactory.synchronous());
        try {
            lesson.dataProperty().set(NetworkData.NOT_GATE);
            lesson.costProperty().set(Cost.XENT);
            lesson.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("momentum")
                    .withSchedule(new Schedule(Schedule.Kind.EXP, 0.97, 100, 0, 6)));
            lesson.session().learningRateProperty().set(0.8);
            for (int i = 0; i < 30; i++) {
                lesson.session().step();
            }
            lesson.session().pullSnapshot();
            Path data = Files.writeString(folder.resolve("data.csv"), "x,y\n0,1\n1,0\n");
            byte[] expected = command("network", "--data", data.toString(), "--w1", "0.5", "--b1", "0", "--w2", "-0.3",
                    "--b2", "0", "--lr", "0.8", "--cost", "xent", "--optimizer", "momentum", "--schedule", "exp",
                    "--gamma", "0.97", "--warmup", "6", "--steps", "30");
            assertArrayEquals(expected, exported(lesson.session()));
            NetworkSnapshot now = lesson.session().snapshot();
            assertEquals(expectedRate(0.8, 30, "exp", 0.97, 100, 0, 6), now.lastRate(), 0.0, "the last update's η_t");
        } finally {
            lesson.close();
        }
    }

    @Test
    void regressionWithCosineIsTheCommandAndItsUpdateRuleUsesLrT() throws Exception {
        RegressionModel lesson = new RegressionModel(RunnerFactory.synchronous());
        try {
            DataSet points = new DataSet(new double[] {0.5, 1, 1.5, 2, 3.25}, new double[] {1.2, 2.1, 2.9, 4.2, 6.5});
            lesson.setData(new RegressionData("test", points));
            lesson.session().optimizerProperty().set(OptimizerSettings.DEFAULT
                    .withSchedule(new Schedule(Schedule.Kind.COSINE, 0.5, 25, 0.2, 5)));
            lesson.setStart(0.5, -1);
            lesson.session().learningRateProperty().set(0.02);
            for (int i = 0; i < 40; i++) {
                lesson.session().step();
            }
            lesson.session().pullSnapshot();
            Path data = Files.writeString(folder.resolve("data.csv"), "x,y\n0.5,1.2\n1,2.1\n1.5,2.9\n2,4.2\n3.25,6.5\n");
            byte[] expected = command("regression", "--data", data.toString(), "--w0", "0.5", "--w1", "-1",
                    "--lr", "0.02", "--schedule", "cosine", "--decay-steps", "25", "--min-ratio", "0.2", "--warmup", "5",
                    "--steps", "40");
            assertArrayEquals(expected, exported(lesson.session()));

            UpdateRule rule = lesson.session().snapshot().rule();
            assertTrue(rule.taken());
            assertEquals(39, rule.fromStep());
            double rate = expectedRate(0.02, 40, "cosine", 0.5, 25, 0.2, 5);
            assertEquals(rate, rule.learningRate(), 0.0);
            assertEquals("η_t", rule.rateName());
            // Plain gd on the sum: new w0 = w0 + η_t·Σr, as the rule writes it.
            assertEquals(rule.w0() + rate * rule.sumResiduals(), rule.newW0(), 1e-12);
            assertEquals(rule.w1() + rate * rule.sumResidualsTimesX(), rule.newW1(), 1e-12);
        } finally {
            lesson.close();
        }
    }
}
