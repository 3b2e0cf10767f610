package org.gradientlab.io.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A surface lesson file: its layout round trip, the bundled example, and each bad field named. */
class SurfaceLessonFileTest {

    /** A good surface lesson, one field a line, so line numbers in the messages are plain to check. */
    static final String GOOD = """
            {
              "format": "gradient-lab-lesson",
              "version": 1,
              "lesson": "surface",
              "learningRate": 0.001,
              "speed": 30,
              "optimizer": {"name": "adagrad", "beta": 0.9, "rho": 0.9, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
              "surface": {
                "function": "x^2 + 10*y^2",
                "start": {"w1": -4, "w2": 2},
                "noise": 0.5,
                "seed": 7
              }
            }
            """;

    private static LessonFile read(String text) throws LessonFileException, IOException {
        return LessonFiles.read(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "lesson.json");
    }

    private static String error(String text) {
        return assertThrows(LessonFileException.class, () -> read(text)).getMessage();
    }

    @Test
    void theGoodFileReadsEveryField() throws Exception {
        LessonFile lesson = read(GOOD);
        assertEquals(new SurfaceLesson("x^2 + 10*y^2", -4, 2, 0.5, 7), lesson.settings());
        assertEquals(0.001, lesson.learningRate());
        assertEquals(30, lesson.speed());
        assertEquals("adagrad", lesson.optimizer().name());
    }

    @Test
    void writingAndReadingGivesTheSameLesson() throws Exception {
        LessonFile lesson = new LessonFile(0.05, Double.POSITIVE_INFINITY, OptimizerSettings.DEFAULT.withName("adam"),
                new SurfaceLesson("(1 - w1)^2 + 100*(w2 - w1^2)^2", -1.2, 1, 2.5, -3));
        byte[] bytes = LessonFiles.toBytes(lesson);
        assertEquals(lesson, LessonFiles.read(new ByteArrayInputStream(bytes), "x.json"));
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\"surface\""), text);
        assertTrue(text.contains("\"start\""), text);
    }

    @Test
    void theRosenbrockExampleOpens() {
        LessonExamples.Example example = LessonExamples.ALL.stream()
                .filter(e -> e.file().equals("surface-rosenbrock.json")).findFirst().orElseThrow();
        LessonFile lesson = LessonExamples.open(example);
        SurfaceLesson surface = (SurfaceLesson) lesson.settings();
        assertEquals("(1 - w1)^2 + 100*(w2 - w1^2)^2", surface.function());
        assertEquals(-1.2, surface.startW1());
        assertEquals(1.0, surface.startW2());
        assertEquals(0.0, surface.noise());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"function\": \"x^2 + 10*y^2\"|\"function\": \"x^2 + w^2\"|surface.function: unknown name 'w' at column 7",
        "\"function\": \"x^2 + 10*y^2\"|\"function\": \"x^2 +\"|surface.function: unexpected end of input at column 6",
        "\"noise\": 0.5|\"noise\": -1|surface.noise: must be between 0 and 1e6",
        "\"noise\": 0.5|\"noise\": \"lots\"|surface.noise",
        "\"seed\": 7|\"seed\": 1.5|surface.seed",
        "\"w1\": -4|\"w1\": 2e6|surface.start.w1: must be between -1e6 and 1e6",
        "\"w2\": 2|\"w3\": 2|surface.start",
        "\"seed\": 7|\"seed\": 7, \"colour\": 1|colour",
        "\"start\": {\"w1\": -4, \"w2\": 2},|\"begin\": {\"w1\": -4, \"w2\": 2},|surface",
    })
    void aBadFieldIsNamed(String from, String to, String expected) {
        String bad = GOOD.replace(from, to);
        assertTrue(!bad.equals(GOOD), "the replacement must apply: " + from);
        String message = error(bad);
        assertTrue(message.contains(expected), message);
    }
}
