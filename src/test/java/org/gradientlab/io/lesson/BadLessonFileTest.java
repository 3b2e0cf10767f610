package org.gradientlab.io.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad lesson file is one checked exception whose message says what is wrong and where. */
class BadLessonFileTest {

    @TempDir
    Path folder;

    /** A good descent lesson, one field a line, so line numbers in the messages are plain to check. */
    static final String GOOD = """
            {
              "format": "gradient-lab-lesson",
              "version": 1,
              "lesson": "descent",
              "learningRate": 0.1,
              "speed": 2,
              "optimizer": {"name": "gd", "beta": 0.9, "rho": 0.9, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
              "descent": {
                "function": "(w - 1)^2 + 0.5",
                "start": -2.5
              }
            }
            """;

    private String readError(byte[] content) throws IOException {
        Path file = folder.resolve("lesson.json");
        Files.write(file, content);
        return assertThrows(LessonFileException.class, () -> LessonFiles.read(file)).getMessage();
    }

    private String readError(String content) throws IOException {
        return readError(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theGoodFileReads() throws Exception {
        Path file = folder.resolve("lesson.json");
        Files.writeString(file, GOOD);
        LessonFile lesson = LessonFiles.read(file);
        assertEquals(new DescentLesson("(w - 1)^2 + 0.5", -2.5), lesson.settings());
        assertEquals(0.1, lesson.learningRate());
    }

    @Test
    void everyOptimizerNameReads() throws Exception {
        Path file = folder.resolve("lesson.json");
        for (String name : new String[] {"gd", "momentum", "rmsprop", "adam", "adagrad"}) {
            Files.writeString(file, GOOD.replace("\"name\": \"gd\"", "\"name\": \"" + name + "\""));
            assertEquals(name, LessonFiles.read(file).optimizer().name());
        }
    }

    @Test
    void anEmptyFile() throws Exception {
        assertEquals("lesson.json: the file is empty", readError(""));
        assertEquals("lesson.json: the file is empty", readError(" \n\t"));
    }

    @Test
    void aTruncatedFileNamesTheLineWhereItEnds() throws Exception {
        String message = readError(GOOD.substring(0, GOOD.indexOf("\"start\"")));
        assertEquals("lesson.json, line 10, column 5: the file ends inside an object (its fields or its closing '}' are "
                + "missing)", message);
        assertEquals("lesson.json, line 12, column 1: the file ends before the '{' opened at line 1, column 1 is closed "
                + "(a '}' is missing)", readError(GOOD.substring(0, GOOD.lastIndexOf('}'))));
    }

    @Test
    void binaryGarbage() throws Exception {
        byte[] garbage = new byte[64];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 37 + 128);
        }
        String message = readError(garbage);
        assertTrue(message.startsWith("lesson.json, line 1, column "), message);
        assertTrue(message.contains("UTF-8"), message);
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() throws Exception {
        String message = readError(GOOD.replace("\"learningRate\": 0.1,", "\"learningRate\": 0.1,,"));
        assertTrue(message.startsWith("lesson.json, line 5, column 23: "), message);
        assertTrue(!message.contains("Source"), "no parser internals: " + message);
    }

    /** Syntax errors in plain words with the file, line, column and field: no parser's wording ("Unrecognized token"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "start": -2.5        | "start": abc          | lesson.json, line 10, column 14: descent.start: 'abc' is not a value: write a number, text in double quotes, true, false or null
            "start": -2.5        | "start": -2.5,        | lesson.json, line 11, column 3: descent: a comma before '}': the last field of an object takes none
            "start": -2.5        | "start": 1.2.3        | lesson.json, line 10, column 17: descent.start: expected a comma or '}' after this value, found '.'
            "start": -2.5        | "start": 01           | lesson.json, line 10, column 15: descent.start: a number cannot start with 0 (write 1, not 01)
            "start": -2.5        | "start" -2.5          | lesson.json, line 10, column 13: descent.start: expected a colon ':' after the field's name, found '-'
            "learningRate": 0.1, | "learningRate": 0.1   | lesson.json, line 6, column 3: learningRate: a comma is missing after this value, before the next field
            "learningRate": 0.1, | learningRate: 0.1,    | lesson.json, line 5, column 3: expected a field name in double quotes, found 'l'
            "learningRate": 0.1, | "learningRate": [0.1 0.2], | lesson.json, line 5, column 24: learningRate: expected a comma or ']' after a value of the list, found '0'
            "learningRate": 0.1, | "learningRate": ,     | lesson.json, line 5, column 19: learningRate: expected a value, found ','
            """)
    void aSyntaxErrorIsSaidInPlainWordsWithItsField(String good, String bad, String expected) throws Exception {
        assertTrue(GOOD.contains(good), good);
        assertEquals(expected, readError(GOOD.replace(good, bad)));
    }

    @Test
    void moreSyntaxErrorsInPlainWords() throws Exception {
        assertEquals("lesson.json, line 9, column 27: descent.function: a line break inside text: text ends on its line "
                + "with a double quote", readError(GOOD.replace("(w - 1)^2 + 0.5", "(w - 1)^2\n + 0.5")));
        assertEquals("lesson.json, line 12, column 2: a closing '}' too many: nothing is open to close",
                readError(GOOD.replace("}\n}", "}\n}}")));
        assertEquals("lesson.json, line 10, column 17: descent.start: 'NaN' is not a number a lesson file can hold (JSON "
                + "has no NaN or Infinity)", readError(GOOD.replace("-2.5", "NaN")));
        assertEquals("lesson.json, line 6, column 22: speed: given twice",
                readError(GOOD.replace("\"speed\": 2,", "\"speed\": 2, \"speed\": 3,")));
    }

    @Test
    void aRepeatedFieldIsAnError() throws Exception {
        String message = readError(GOOD.replace("\"speed\": 2,", "\"speed\": 2, \"speed\": 3,"));
        assertTrue(message.startsWith("lesson.json, line 6, column "), message);
        assertTrue(message.contains("speed"), message);
    }

    @Test
    void jsonThatIsNoObjectIsNoLesson() throws Exception {
        assertEquals("lesson.json, line 1, column 1: the lesson: expected an object {...}, found an array", readError("[1, 2]"));
        assertEquals("lesson.json, line 1, column 1: the lesson: expected an object {...}, found null", readError("null"));
        assertEquals("lesson.json, line 1, column 1: the lesson: missing field \"format\"", readError("{}"));
    }

    @Test
    void textAfterTheLessonIsAnError() throws Exception {
        String message = readError(GOOD + "{}");
        assertTrue(message.startsWith("lesson.json, line 13, column "), message);
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsParsed() throws Exception {
        byte[] huge = new byte[LessonFiles.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        assertEquals("lesson.json: the file is too large for a lesson (1.0 MiB; at most 1 MiB)", readError(huge));
    }

    @Test
    void aMissingFile() {
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFiles.read(folder.resolve("none.json")));
        assertEquals("none.json: no such file", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "version": 1,                   | "version": 2,                   | lesson.json, line 3, column 14: version: 2 is not a version this Gradient Lab reads (it reads 1; the file is from a newer one)
            "version": 1,                   | "version": "1",                 | lesson.json, line 3, column 14: version: expected a whole number, found text "1"
            "format": "gradient-lab-lesson" | "format": "other-app"           | lesson.json, line 2, column 13: format: 'other-app' is not a Gradient Lab lesson (expected "gradient-lab-lesson")
            "lesson": "descent"             | "lesson": "calculus"            | lesson.json, line 4, column 13: lesson: unknown lesson 'calculus' (expected descent, network, regression, surface, deep_network)
            "(w - 1)^2 + 0.5"               | "(w - 1))^2"                    | lesson.json, line 9, column 17: descent.function: unexpected ')' at column 8
            "(w - 1)^2 + 0.5"               | "sinh(w)"                       | lesson.json, line 9, column 17: descent.function: unknown function 'sinh' at column 1
            "start": -2.5                   | "start": 1e999                  | lesson.json, line 10, column 14: descent.start: Infinity is not a finite number
            "start": -2.5                   | "start": 2e6                    | lesson.json, line 10, column 14: descent.start: must be between -1e6 and 1e6
            "learningRate": 0.1             | "learningRate": -0.1            | lesson.json, line 5, column 19: learningRate: must be above 0
            "speed": 2                      | "speed": "fast"                 | lesson.json, line 6, column 12: speed: expected steps per second or "max", found text "fast"
            "name": "gd"                    | "name": "sgd"                   | lesson.json, line 7, column 25: optimizer.name: unknown optimizer 'sgd' (expected gd, momentum, rmsprop, adam, adagrad)
            "beta": 0.9,                    | "beta": 1.5,                    | lesson.json, line 7, column 39: optimizer.beta: must be at least 0 and below 1
            "start": -2.5                   | "start": -2.5, "colour": "red"  | lesson.json, line 10, column 30: descent.colour: unknown field
            "start": -2.5                   | "begin": -2.5                   | lesson.json, line 8, column 14: descent: missing field "start"
            """)
    void aBadValueNamesItsFieldAndWhereItIs(String good, String bad, String expected) throws Exception {
        assertTrue(GOOD.contains(good), good);
        assertEquals(expected, readError(GOOD.replace(good, bad)));
    }

    @Test
    void aNanLiteralIsNoNumber() throws Exception {
        String message = readError(GOOD.replace("-2.5", "NaN"));
        // Jackson places a bad token at its end.
        assertTrue(message.startsWith("lesson.json, line 10, column 17: "), message);
        assertTrue(message.contains("'NaN'"), message);
    }

    @Test
    void aNonFiniteDataPointNamesItsIndex() throws Exception {
        String regression = GOOD.substring(0, GOOD.indexOf("  \"descent\"")).replace("\"descent\"", "\"regression\"")
                + """
                  "regression": {
                    "data": {"name": "three", "x": [1, 2, 3], "y": [1, -1e400, 3]},
                    "start": {"w0": 0, "w1": 0}, "reduction": "sum", "batch": "all",
                    "miniBatchSize": -4, "seed": 1, "scaleX": false
                  }
                }
                """;
        assertEquals("lesson.json, line 9, column 56: regression.data.y[1]: -Infinity is not a finite number",
                readError(regression));
        assertEquals("lesson.json, line 11, column 22: regression.miniBatchSize: must be a whole number from 1 to 1000000",
                readError(regression.replace("-1e400", "2")));
        assertEquals("lesson.json, line 9, column 52: regression.data.y: holds 2 values but x holds 3",
                readError(regression.replace("-1e400, ", "")));
    }

    @Test
    void theCrossEntropyRefusesATargetOutsideZeroToOne() throws Exception {
        String network = GOOD.substring(0, GOOD.indexOf("  \"descent\"")).replace("\"descent\"", "\"network\"")
                + """
                  "network": {
                    "cost": "xent",
                    "start": {"w1": 0.5, "b1": 0, "w2": -0.3, "b2": 0},
                    "pair": {"x": 1.5, "y": 2}
                  }
                }
                """;
        assertEquals("lesson.json, line 11, column 29: network.pair.y: y = 2 is outside [0, 1]: the cross-entropy cost "
                + "(xent) needs every target y from 0 to 1", readError(network));
        String dataSet = network.replace("\"y\": 2}", "\"y\": 1},\n    \"dataSet\": {\"name\": \"two\", \"x\": [0, 1], \"y\": [1, -0.25]}");
        assertEquals("lesson.json, line 12, column 54: network.dataSet.y[1]: y = -0.25 is outside [0, 1]: the cross-entropy "
                + "cost (xent) needs every target y from 0 to 1", readError(dataSet));
        Path file = folder.resolve("lesson.json");
        Files.writeString(file, network.replace("\"xent\"", "\"mse\""));
        assertEquals(2.0, ((NetworkLesson) LessonFiles.read(file).settings()).pairY(), "mse takes any y");
    }
}
