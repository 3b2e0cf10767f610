package org.gradientlab.io.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.optim.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The optional schedule of a lesson file's optimizer: absent is constant, present is read strictly. */
class ScheduleLessonFileTest {

    @TempDir
    Path folder;

    /** A descent lesson with a schedule, one field a line, so line numbers in the messages are plain to check. */
    static final String SCHEDULED = """
            {
              "format": "gradient-lab-lesson",
              "version": 1,
              "lesson": "descent",
              "learningRate": 0.1,
              "speed": 2,
              "optimizer": {
                "name": "adagrad", "beta": 0.9, "rho": 0.9, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8,
                "schedule": {
                  "kind": "step",
                  "gamma": 0.5,
                  "decaySteps": 10,
                  "minRatio": 0,
                  "warmup": 3
                }
              },
              "descent": {"function": "(w - 1)^2 + 0.5", "start": -2.5}
            }
            """;

    private LessonFile read(String content) throws Exception {
        Path file = folder.resolve("lesson.json");
        Files.writeString(file, content);
        return LessonFiles.read(file);
    }

    private String readError(String content) throws Exception {
        Path file = folder.resolve("lesson.json");
        Files.writeString(file, content);
        return assertThrows(LessonFileException.class, () -> LessonFiles.read(file)).getMessage();
    }

    @Test
    void aScheduleIsRead() throws Exception {
        OptimizerSettings optimizer = read(SCHEDULED).optimizer();
        assertEquals(new Schedule(Schedule.Kind.STEP, 0.5, 10, 0, 3), optimizer.schedule());
        assertEquals("adagrad", optimizer.name());
        assertEquals(1e-8, optimizer.eps());
    }

    @Test
    void noScheduleIsTheConstantRate() throws Exception {
        String before = BadLessonFileTest.GOOD;
        assertEquals(Schedule.CONSTANT, read(before).optimizer().schedule());
    }

    @Test
    void everyKindRoundTrips() throws Exception {
        for (Schedule.Kind kind : Schedule.Kind.values()) {
            Schedule schedule = new Schedule(kind, 0.97, 25, 0.125, 4);
            LessonFile lesson = new LessonFile(0.05, Double.POSITIVE_INFINITY,
                    OptimizerSettings.DEFAULT.withName("momentum").withSchedule(schedule), new DescentLesson("w^2", 3));
            Path file = folder.resolve(kind.label() + ".json");
            LessonFiles.write(lesson, file);
            LessonFile back = LessonFiles.read(file);
            assertEquals(lesson, back);
            assertEquals(schedule, back.optimizer().schedule());
        }
    }

    @Test
    void theConstantRateIsWrittenAsNoScheduleSoTheFileIsAsBefore() throws Exception {
        LessonFile lesson = new LessonFile(0.1, 2, OptimizerSettings.DEFAULT, new DescentLesson("w^2", 1));
        String text = new String(LessonFiles.toBytes(lesson), StandardCharsets.UTF_8);
        assertFalse(text.contains("schedule"), text);
        LessonFile scheduled = new LessonFile(0.1, 2, OptimizerSettings.DEFAULT.withSchedule(Schedule.of(Schedule.Kind.EXP)),
                new DescentLesson("w^2", 1));
        String written = new String(LessonFiles.toBytes(scheduled), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"kind\": \"exp\""), written);
        assertTrue(written.contains("\"version\": 1,"), written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "kind": "step",      | "kind": "linear",     | lesson.json, line 10, column 15: optimizer.schedule.kind: unknown schedule 'linear' (expected constant, step, exp, cosine)
            "kind": "step",      | "kind": 1,            | lesson.json, line 10, column 15: optimizer.schedule.kind: expected text in quotes, found the number 1
            "gamma": 0.5,        | "gamma": 0,           | lesson.json, line 11, column 16: optimizer.schedule.gamma: must be a finite number above 0
            "gamma": 0.5,        | "gamma": -2,          | lesson.json, line 11, column 16: optimizer.schedule.gamma: must be a finite number above 0
            "gamma": 0.5,        | "gamma": 1e999,       | lesson.json, line 11, column 16: optimizer.schedule.gamma: must be a finite number above 0
            "decaySteps": 10,    | "decaySteps": 0,      | lesson.json, line 12, column 21: optimizer.schedule.decaySteps: must be a whole number of at least 1
            "decaySteps": 10,    | "decaySteps": 2.5,    | lesson.json, line 12, column 21: optimizer.schedule.decaySteps: expected a whole number, found the number 2.5
            "minRatio": 0,       | "minRatio": 1.5,      | lesson.json, line 13, column 19: optimizer.schedule.minRatio: must be from 0 to 1
            "warmup": 3          | "warmup": -1          | lesson.json, line 14, column 17: optimizer.schedule.warmup: must be a whole number of at least 0 (0: no warm-up)
            "warmup": 3          | "warmup": 3, "W": 1   | lesson.json, line 14, column 25: optimizer.schedule.W: unknown field
            """)
    void aBadScheduleFieldIsNamedWithItsLine(String good, String bad, String message) throws Exception {
        assertTrue(SCHEDULED.contains(good.strip()), good);
        assertEquals(message, readError(SCHEDULED.replace(good.strip(), bad.strip())));
    }

    @Test
    void aMissingScheduleFieldIsNamed() throws Exception {
        String message = readError(SCHEDULED.replace("\"minRatio\": 0,", ""));
        assertTrue(message.endsWith("optimizer.schedule: missing field \"minRatio\""), message);
        assertTrue(message.startsWith("lesson.json, line 9, column "), message);
        String notAnObject = readError(SCHEDULED.replace(SCHEDULED.substring(SCHEDULED.indexOf("{\n      \"kind\""),
                SCHEDULED.indexOf("}\n  },") + 1), "\"step\""));
        assertTrue(notAnObject.endsWith("optimizer.schedule: expected an object {...}, found text \"step\""), notAnObject);
    }
}
