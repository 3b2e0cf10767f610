package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.io.lesson.DescentLesson;
import org.gradientlab.io.lesson.LessonExamples;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFiles;
import org.gradientlab.io.lesson.NamedPoints;
import org.gradientlab.io.lesson.DeepNetworkLesson;
import org.gradientlab.io.lesson.NetworkLesson;
import org.gradientlab.io.lesson.RegressionLesson;
import org.gradientlab.io.lesson.SurfaceLesson;
import org.gradientlab.engine.regression.RegressionProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code run FILE.json} writes, byte for byte, what the lesson's own command writes for the file's settings. */
class RunCommandTest {

    @TempDir
    Path folder;

    static List<LessonExamples.Example> examples() {
        return LessonExamples.ALL;
    }

    static Path exampleFile(LessonExamples.Example example) {
        return Path.of("assets", "lessons", example.file());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void runOfAnExampleIsItsCommand(LessonExamples.Example example) throws Exception {
        LessonFile lesson = LessonFiles.read(exampleFile(example));
        String[] table = {"--steps", "400", "--every", "7"};
        CliResult run = CliResult.run(concat(List.of("run", exampleFile(example).toString()), table));
        CliResult command = CliResult.run(concat(commandFor(lesson), table));
        assertEquals(command, run);
        assertTrue(run.out().startsWith("step,"), run.out());
    }

    static List<Schedule> schedules() {
        return List.of(new Schedule(Schedule.Kind.STEP, 0.7, 13, 0, 5), new Schedule(Schedule.Kind.EXP, 0.995, 100, 0, 0),
                new Schedule(Schedule.Kind.COSINE, 0.5, 150, 0.1, 20), new Schedule(Schedule.Kind.CONSTANT, 0.5, 100, 0, 7));
    }

    /** The file's schedule reaches the stepper: run equals the command given the same --schedule options. */
    @ParameterizedTest
    @MethodSource("examples")
    void runOfAScheduledLessonIsItsCommandWithTheScheduleOptions(LessonExamples.Example example) throws Exception {
        LessonFile plain = LessonFiles.read(exampleFile(example));
        String[] table = {"--steps", "300", "--every", "11"};
        for (Schedule schedule : schedules()) {
            LessonFile lesson = new LessonFile(plain.learningRate(), plain.speed(), plain.optimizer().withSchedule(schedule),
                    plain.settings());
            Path file = folder.resolve("scheduled.json");
            LessonFiles.write(lesson, file);
            CliResult run = CliResult.run(concat(List.of("run", file.toString()), table));
            CliResult command = CliResult.run(concat(commandFor(lesson), table));
            assertEquals(command, run, schedule.toString());
            CliResult unscheduled = CliResult.run(concat(commandFor(plain), table));
            assertTrue(!run.out().equals(unscheduled.out()) || run.exitStatus() != 0, "the schedule changes the rows: " + schedule);
        }
    }

    @Test
    void runWritesTheOutFileOfTheCommand() throws Exception {
        Path viaRun = folder.resolve("run.csv");
        Path viaCommand = folder.resolve("command.csv");
        LessonExamples.Example bowl = LessonExamples.ALL.get(0);
        LessonFile lesson = LessonFiles.read(exampleFile(bowl));
        assertEquals(0, CliResult.run("run", exampleFile(bowl).toString(), "--steps", "30", "--out", viaRun.toString()).exitStatus());
        assertEquals(0, CliResult.run(concat(commandFor(lesson), new String[] {"--steps", "30", "--out", viaCommand.toString()})).exitStatus());
        assertEquals(Files.readString(viaCommand), Files.readString(viaRun));
    }

    @Test
    void aBadFileIsOneLineNamingTheFileAndLineAndNothingIsWritten() throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": \"gradient-lab-lesson\",\n  \"version\": 1,\n  \"lesson\": \"descent\"\n  \"learningRate\": 0.1\n}\n");
        Path out = folder.resolve("out.csv");
        CliResult result = CliResult.run("run", bad.toString(), "--steps", "10", "--out", out.toString());
        assertEquals(2, result.exitStatus());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("gradient-lab run: bad.json, line 5, column 3: "), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void aBadValueNamesItsField() throws Exception {
        Path bad = folder.resolve("bad.json");
        LessonFiles.write(new LessonFile(0.1, 2, OptimizerSettings.DEFAULT, new DescentLesson("w^2", 1)), bad);
        Files.writeString(bad, Files.readString(bad).replace("\"w^2\"", "\"w^2 +\""));
        CliResult result = CliResult.run("run", bad.toString(), "--steps", "10");
        assertEquals(new CliResult(2, "", "gradient-lab run: bad.json, line 16, column 17: descent.function: "
                + "unexpected end of input at column 6\n"), result);
    }

    @Test
    void theFileAndStepsAreRequired() {
        assertEquals(2, CliResult.run("run").exitStatus());
        assertTrue(CliResult.run("run", "--steps", "3").err().startsWith("gradient-lab run: missing argument (usage: gradient-lab run FILE.json"));
        assertEquals(new CliResult(2, "", "gradient-lab run: missing required option --steps\n"),
                CliResult.run("run", exampleFile(LessonExamples.ALL.get(0)).toString()));
        assertEquals(new CliResult(2, "", "gradient-lab run: none.json: no such file\n"),
                CliResult.run("run", folder.resolve("none.json").toString(), "--steps", "1"));
    }

    /** The lesson's own command with the lesson's settings, as a person would type it (data files written as CSV). */
    private String[] commandFor(LessonFile lesson) throws IOException {
        List<String> args = new ArrayList<>();
        args.add(lesson.lesson());
        if (lesson.settings() instanceof DescentLesson descent) {
            add(args, "f", descent.function());
            add(args, "w0", Double.toString(descent.start()));
        } else if (lesson.settings() instanceof NetworkLesson network) {
            if (network.usesPair()) {
                add(args, "x", Double.toString(network.pairX()));
                add(args, "y", Double.toString(network.pairY()));
            } else {
                add(args, "data", csv(network.dataSet()));
            }
            double[] start = network.start().toArray();
            String[] names = {"w1", "b1", "w2", "b2"};
            for (int i = 0; i < 4; i++) {
                add(args, names[i], Double.toString(start[i]));
            }
            add(args, "cost", network.cost().label());
        } else if (lesson.settings() instanceof SurfaceLesson surface) {
            add(args, "f", surface.function());
            add(args, "w1", Double.toString(surface.startW1()));
            add(args, "w2", Double.toString(surface.startW2()));
            add(args, "noise", Double.toString(surface.noise()));
            add(args, "seed", Long.toString(surface.seed()));
        } else if (lesson.settings() instanceof DeepNetworkLesson deep) {
            // The Deep network lesson's command is mlp.
            args.set(0, "mlp");
            add(args, "data", csv(deep.data()));
            add(args, "hidden", java.util.Arrays.stream(deep.layers()).mapToObj(Integer::toString)
                    .collect(java.util.stream.Collectors.joining(",")));
            add(args, "activation", deep.activation().label());
            add(args, "cost", deep.cost().label());
            add(args, "l2", Double.toString(deep.l2()));
            add(args, "seed", Long.toString(deep.seed()));
        } else {
            RegressionLesson regression = (RegressionLesson) lesson.settings();
            assertEquals(false, regression.scaleX(), "a scaled lesson has no command of its own");
            add(args, "data", csv(regression.data()));
            add(args, "w0", Double.toString(regression.startW0()));
            add(args, "w1", Double.toString(regression.startW1()));
            add(args, "reduction", regression.reduction().label());
            add(args, "batch", regression.batchSize() == RegressionProblem.FULL_BATCH ? "all" : Integer.toString(regression.batchSize()));
            add(args, "seed", Long.toString(regression.seed()));
        }
        add(args, "lr", Double.toString(lesson.learningRate()));
        OptimizerSettings optimizer = lesson.optimizer();
        add(args, "optimizer", optimizer.name());
        add(args, "beta", Double.toString(optimizer.beta()));
        add(args, "rho", Double.toString(optimizer.rho()));
        add(args, "beta1", Double.toString(optimizer.beta1()));
        add(args, "beta2", Double.toString(optimizer.beta2()));
        add(args, "eps", Double.toString(optimizer.eps()));
        Schedule schedule = optimizer.schedule();
        add(args, "schedule", schedule.kind().label());
        add(args, "gamma", Double.toString(schedule.gamma()));
        add(args, "decay-steps", Long.toString(schedule.decaySteps()));
        add(args, "min-ratio", Double.toString(schedule.minRatio()));
        add(args, "warmup", Long.toString(schedule.warmup()));
        return args.toArray(String[]::new);
    }

    private static void add(List<String> args, String option, String value) {
        args.add("--" + option + "=" + value);
    }

    private String csv(org.gradientlab.engine.mlp.TrainingSet data) throws IOException {
        int inputs = data.inputCount();
        StringBuilder text = new StringBuilder(inputs == 1 ? "x,y\n" : "x1,x2,y\n");
        for (int p = 0; p < data.size(); p++) {
            for (int j = 0; j < inputs; j++) {
                text.append(Double.toString(data.inputs()[p * inputs + j])).append(',');
            }
            text.append(Double.toString(data.targets()[p])).append('\n');
        }
        Path file = Files.createTempFile(folder, "data", ".csv");
        Files.writeString(file, text);
        return file.toString();
    }

    private String csv(NamedPoints points) throws IOException {
        StringBuilder text = new StringBuilder("x,y\n");
        double[] x = points.x();
        double[] y = points.y();
        for (int i = 0; i < x.length; i++) {
            text.append(Double.toString(x[i])).append(',').append(Double.toString(y[i])).append('\n');
        }
        Path file = Files.createTempFile(folder, "data", ".csv");
        Files.writeString(file, text);
        return file.toString();
    }

    private static String[] concat(List<String> head, String[] tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    private static String[] concat(String[] head, String[] tail) {
        return concat(List.of(head), tail);
    }
}
