package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.regression.LinearDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --schedule} and its options in descent, network and regression, against the commands'
 * independent references with {@link SpecSchedule} computing lr_t (SPEC section 2), rows compared exactly.
 */
class ScheduleCommandTest {

    @TempDir
    Path folder;

    static Stream<Arguments> schedules() {
        List<Arguments> all = new ArrayList<>();
        for (String optimizer : List.of("gd", "momentum", "adam", "adagrad")) {
            all.add(Arguments.of(optimizer, schedule("step", 0.5, 7, 0, 0)));
            all.add(Arguments.of(optimizer, schedule("exp", 0.97, 100, 0, 0)));
            all.add(Arguments.of(optimizer, schedule("cosine", 0.5, 30, 0.1, 0)));
            all.add(Arguments.of(optimizer, schedule("cosine", 0.5, 100, 0, 10)));
            all.add(Arguments.of(optimizer, schedule("constant", 0.5, 100, 0, 13)));
        }
        return all.stream();
    }

    private static SpecSchedule schedule(String kind, double gamma, long decaySteps, double minRatio, long warmup) {
        SpecSchedule schedule = new SpecSchedule();
        schedule.kind = kind;
        schedule.gamma = gamma;
        schedule.decaySteps = decaySteps;
        schedule.minRatio = minRatio;
        schedule.warmup = warmup;
        return schedule;
    }

    private static String[] with(String[] base, String... more) {
        return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void descentMatchesSpec(String optimizer, SpecSchedule schedule) {
        SpecDescent spec = new SpecDescent();
        spec.schedule = schedule;
        CliResult result = CliResult.run(with(new String[] {"descent", "--f", "w^2", "--w0", "1.5", "--lr", "0.3",
            "--optimizer", optimizer, "--steps", "50"}, schedule.options()));
        assertEquals(new CliResult(0, spec.csv(optimizer, 1.5, 0.3, 50, 1), ""), result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void networkMatchesSpec(String optimizer, SpecSchedule schedule) throws IOException {
        double[] xs = {1.5, -0.75, 0.2};
        double[] ys = {0, 1, 0.5};
        Path data = folder.resolve("pairs.csv");
        Files.writeString(data, "x,y\n1.5,0\n-0.75,1\n0.2,0.5\n");
        SpecNetwork spec = new SpecNetwork();
        spec.schedule = schedule;
        CliResult result = CliResult.run(with(new String[] {"network", "--data", data.toString(), "--w1", "0.5",
            "--b1", "0", "--w2", "-0.3", "--b2", "0", "--lr", "0.8", "--cost", "xent", "--optimizer", optimizer,
            "--steps", "60", "--every", "3"}, schedule.options()));
        assertEquals(new CliResult(0, spec.csv(optimizer, "xent", xs, ys, new double[] {0.5, 0, -0.3, 0}, 0.8, 60, 3), ""),
                result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void regressionMatchesSpec(String optimizer, SpecSchedule schedule) {
        SpecRegression spec = new SpecRegression();
        spec.optimizer = optimizer;
        spec.reduction = "mean";
        spec.batch = 8;
        spec.seed = 5;
        spec.schedule = schedule;
        DataSet data = LinearDataGenerator.DEFAULT.generate(30, 5);
        CliResult result = CliResult.run(with(new String[] {"regression", "--generate", "30", "--seed", "5",
            "--w0", "0", "--w1", "0", "--lr", "0.2", "--reduction", "mean", "--batch", "8", "--optimizer", optimizer,
            "--steps", "80"}, schedule.options()));
        assertEquals(new CliResult(0, spec.csv(data.x(), data.y(), 0, 0, 0.2, 80, 1), ""), result);
    }

    @Test
    void theConstantScheduleChangesNoNumber() {
        String[] base = {"descent", "--f", "sin(w)*w^2", "--w0", "2.1", "--lr", "0.07", "--optimizer", "adam", "--steps", "200"};
        CliResult plain = CliResult.run(base);
        assertEquals(plain, CliResult.run(with(base, "--schedule", "constant")));
        assertEquals(plain, CliResult.run(with(base, "--schedule", "constant", "--gamma", "0.1", "--decay-steps", "3",
                "--min-ratio", "0.5")), "gamma, D and r do not touch the constant schedule");
        assertNotEquals(plain, CliResult.run(with(base, "--warmup", "5")), "warm-up applies to the constant schedule");
    }

    @Test
    void aScheduleChangesTheRun() {
        String[] base = {"descent", "--f", "w^2", "--w0", "1", "--lr", "0.25", "--steps", "3"};
        // t=1: lr 0.25, w = 1 - 0.25*2 = 0.5; t=2: lr 0.125, w = 0.5 - 0.125*1 = 0.375;
        // t=3: lr 0.0625, w = 0.375 - 0.0625*0.75 = 0.328125
        CliResult result = CliResult.run(with(base, "--schedule", "exp"));
        assertEquals("step,w,f,grad\n0,1.0,1.0,2.0\n1,0.5,0.25,1.0\n2,0.375,0.140625,0.75\n"
                + "3,0.328125,0.107666015625,0.65625\n", result.out());
    }

    static Stream<Arguments> badSchedules() {
        return Stream.of(
                Arguments.of("unknown schedule 'linear' (expected constant, step, exp, cosine)", List.of("--schedule", "linear")),
                Arguments.of("--gamma must be above 0", List.of("--gamma", "0")),
                Arguments.of("--gamma must be above 0", List.of("--gamma", "-0.5")),
                Arguments.of("--gamma: 'big' is not a finite number", List.of("--gamma", "big")),
                Arguments.of("--decay-steps must be at least 1", List.of("--decay-steps", "0")),
                Arguments.of("--decay-steps: '2.5' is not a whole number", List.of("--decay-steps", "2.5")),
                Arguments.of("--min-ratio must be from 0 to 1", List.of("--min-ratio", "1.5")),
                Arguments.of("--min-ratio must be from 0 to 1", List.of("--min-ratio", "-0.1")),
                Arguments.of("--warmup must be at least 0", List.of("--warmup", "-1")),
                Arguments.of("--warmup: '3.0' is not a whole number", List.of("--warmup", "3.0")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badSchedules")
    void badScheduleOptionsAreBadInputInEveryCommand(String message, List<String> change) throws IOException {
        Path data = folder.resolve("pairs.csv");
        Files.writeString(data, "x,y\n1,0\n");
        String[][] commands = {
            {"descent", "--f", "w^2", "--w0", "1", "--lr", "0.1", "--steps", "5"},
            {"network", "--x", "1", "--y", "0", "--w1", "0", "--b1", "0", "--w2", "0", "--b2", "0", "--lr", "0.1", "--steps", "5"},
            {"regression", "--data", data.toString(), "--w0", "0", "--w1", "0", "--lr", "0.1", "--steps", "5"}};
        for (String[] command : commands) {
            CliResult result = CliResult.run(with(command, change.toArray(String[]::new)));
            assertEquals(new CliResult(2, "", "gradient-lab " + command[0] + ": " + message + "\n"), result);
        }
    }
}
