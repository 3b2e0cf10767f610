package org.gradientlab.io.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.gradientlab.engine.mlp.Activation;
import org.gradientlab.engine.mlp.TrainingSet;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deep_network object of a lesson file: written and read back, and every bad field named with its place. */
class DeepNetworkLessonFileTest {

    static final String GOOD = """
            {
              "format": "gradient-lab-lesson",
              "version": 1,
              "lesson": "deep_network",
              "learningRate": 0.3,
              "speed": 30,
              "optimizer": {"name": "adagrad", "beta": 0.9, "rho": 0.9, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
              "deep_network": {
                "layers": [4, 2],
                "activation": "relu",
                "cost": "xent",
                "l2": 0.001,
                "seed": 5,
                "data": {"name": "four", "x1": [0, 0, 1, 1], "x2": [0, 1, 0, 1], "y": [0, 1, 1, 0]}
              }
            }
            """;

    private static LessonFile read(String json) throws Exception {
        return LessonFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "lesson.json");
    }

    private static String readError(String json) {
        return assertThrows(LessonFileException.class, () -> read(json)).getMessage();
    }

    @Test
    void theGoodFileReadsEveryField() throws Exception {
        LessonFile lesson = read(GOOD);
        DeepNetworkLesson deep = (DeepNetworkLesson) lesson.settings();
        assertEquals("deep_network", lesson.lesson());
        assertEquals(OptimizerKind.ADAGRAD, lesson.optimizer().kind());
        assertArrayEquals(new int[] {4, 2}, deep.layers());
        assertEquals(Activation.RELU, deep.activation());
        assertEquals(Cost.XENT, deep.cost());
        assertEquals(0.001, deep.l2());
        assertEquals(5, deep.seed());
        assertEquals("four", deep.dataName());
        assertEquals(2, deep.data().inputCount());
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0, 1, 1}, deep.data().inputs());
        assertArrayEquals(new double[] {0, 1, 1, 0}, deep.data().targets());
    }

    @Test
    void oneAndTwoInputLessonsComeBackAsTheyWereWritten() throws Exception {
        TrainingSet line = TrainingSet.ofOneInput(new double[] {-1, 0.1, Math.PI}, new double[] {0, 0.25, 1});
        TrainingSet plane = new TrainingSet(2, new double[] {0.1, -0.2, 1e-9, 3}, new double[] {1, 0});
        for (DeepNetworkLesson deep : new DeepNetworkLesson[] {
            new DeepNetworkLesson(new int[] {1, 1, 1, 1}, Activation.SIGMOID, Cost.MSE, 0, -3, "chain", line),
            new DeepNetworkLesson(new int[] {8}, Activation.LINEAR, Cost.XENT, 0.5, 1L << 40, "mine.csv (2 pairs)", plane)}) {
            LessonFile lesson = new LessonFile(0.05, Double.POSITIVE_INFINITY,
                    OptimizerSettings.DEFAULT.withKind(OptimizerKind.ADAM), deep);
            byte[] bytes = LessonFiles.toBytes(lesson);
            LessonFile back = LessonFiles.read(new ByteArrayInputStream(bytes), "saved.json");
            assertEquals(lesson, back);
            assertArrayEquals(bytes, LessonFiles.toBytes(back));
        }
    }

    @Test
    void theExampleOpensAndLearnsXorSettings() {
        LessonFile example = LessonExamples.open(new LessonExamples.Example("deep-network-xor.json", "xor"));
        DeepNetworkLesson deep = (DeepNetworkLesson) example.settings();
        assertEquals("xor", deep.dataName());
        assertEquals(2, deep.data().inputCount());
        assertTrue(deep.layers().length >= 1, "xor needs a hidden layer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "layers": [4, 2]       | "layers": [4, 9]            | lesson.json, line 9, column 19: deep_network.layers[1]: a hidden layer has 1 to 8 nodes, not 9
            "layers": [4, 2]       | "layers": [4, 0]            | lesson.json, line 9, column 19: deep_network.layers[1]: a hidden layer has 1 to 8 nodes, not 0
            "layers": [4, 2]       | "layers": [1, 1, 1, 1, 1]   | lesson.json, line 9, column 15: deep_network.layers: 5 hidden layers; at most 4
            "layers": [4, 2]       | "layers": []                | lesson.json, line 9, column 15: deep_network.layers: needs at least one hidden layer, such as [4]
            "layers": [4, 2]       | "layers": [4, 2.5]          | lesson.json, line 9, column 19: deep_network.layers[1]: expected a whole number, found the number 2.5
            "layers": [4, 2]       | "layers": "4,2"             | lesson.json, line 9, column 15: deep_network.layers: expected an array of whole numbers such as [4, 4], found text "4,2"
            "activation": "relu"   | "activation": "softplus"    | lesson.json, line 10, column 19: deep_network.activation: unknown activation 'softplus' (expected sigmoid, tanh, relu, linear)
            "cost": "xent"         | "cost": "hinge"             | lesson.json, line 11, column 13: deep_network.cost: unknown cost 'hinge' (expected mse, xent)
            "l2": 0.001            | "l2": -1                    | lesson.json, line 12, column 11: deep_network.l2: must be from 0 to 10
            "seed": 5              | "seed": 5.5                 | lesson.json, line 13, column 13: deep_network.seed: expected a whole number, found the number 5.5
            "y": [0, 1, 1, 0]      | "y": [0, 1, 1.5, 0]         | lesson.json, line 14, column 82: deep_network.data.y[2]: y must be from 0 to 1 (found 1.5)
            "y": [0, 1, 1, 0]      | "y": [0, 1, 1]              | lesson.json, line 14, column 75: deep_network.data.y: holds 3 values but x1 holds 4
            "x2": [0, 1, 0, 1]     | "x2": [0, 1]                | lesson.json, line 14, column 56: deep_network.data.x2: holds 2 values but x1 holds 4
            "x2": [0, 1, 0, 1]     | "x": [0, 1, 0, 1]           | lesson.json, line 14, column 55: deep_network.data.x: give x for one input, or x1 and x2 for two, not both
            "seed": 5              | "seed": 5, "depth": 3       | lesson.json, line 13, column 25: deep_network.depth: unknown field
            "cost": "xent",        | ''                          | lesson.json, line 8, column 19: deep_network: missing field "cost"
            """)
    void aBadFieldIsNamedWithItsPlace(String good, String bad, String expected) {
        assertTrue(GOOD.contains(good), good);
        assertEquals(expected, readError(GOOD.replace(good, bad)));
    }

    @Test
    void oneInputDataNeedsItsPoints() {
        String line = GOOD.replace("\"x1\": [0, 0, 1, 1], \"x2\": [0, 1, 0, 1], \"y\": [0, 1, 1, 0]", "\"x\": [], \"y\": []");
        assertEquals("lesson.json, line 14, column 35: deep_network.data.x: needs at least one point", readError(line));
    }
}
