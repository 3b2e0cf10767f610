package org.gradientlab.io.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gradientlab.engine.mlp.Activation;
import org.gradientlab.engine.mlp.TrainingSet;
import org.gradientlab.engine.network.Cost;

/**
 * The {@code deep_network} object of a lesson file: {@code layers} (the hidden widths), {@code activation},
 * {@code cost}, {@code l2}, {@code seed} and {@code data} ({@code name} with {@code x} and {@code y} for one
 * input, or {@code x1}, {@code x2} and {@code y} for two). Every field is required and no other is taken.
 */
final class DeepNetworkJson {

    private DeepNetworkJson() {
    }

    static DeepNetworkLesson read(JsonFields fields) throws LessonFileException {
        int[] layers = wholes(fields, "layers");
        Activation activation = Activation.parse(fields.choice("activation", Activation.LABELS, "activation"));
        Cost cost = Cost.parse(fields.choice("cost", Cost.LABELS, "cost"));
        double l2 = fields.number("l2");
        long seed = fields.whole("seed");
        JsonFields data = fields.object("data");
        String name = data.string("name");
        TrainingSet set = data.has("x1") || data.has("x2") ? plane(data) : line(data);
        data.done();
        fields.done();
        return new DeepNetworkLesson(layers, activation, cost, l2, seed, name, set);
    }

    private static TrainingSet line(JsonFields data) throws LessonFileException {
        double[] x = data.numbers("x");
        double[] y = data.numbers("y");
        sameLength(data, "y", y.length, "x", x.length);
        return TrainingSet.ofOneInput(x, y);
    }

    private static TrainingSet plane(JsonFields data) throws LessonFileException {
        if (data.has("x")) {
            throw LessonFileException.atField(data.pointer("x"), "give x for one input, or x1 and x2 for two, not both");
        }
        double[] x1 = data.numbers("x1");
        double[] x2 = data.numbers("x2");
        double[] y = data.numbers("y");
        sameLength(data, "x2", x2.length, "x1", x1.length);
        sameLength(data, "y", y.length, "x1", x1.length);
        double[] inputs = new double[2 * y.length];
        for (int p = 0; p < y.length; p++) {
            inputs[2 * p] = x1[p];
            inputs[2 * p + 1] = x2[p];
        }
        return new TrainingSet(2, inputs, y);
    }

    private static void sameLength(JsonFields data, String name, int length, String other, int otherLength)
            throws LessonFileException {
        if (otherLength == 0) {
            throw LessonFileException.atField(data.pointer(other), "needs at least one point");
        }
        if (length != otherLength) {
            throw LessonFileException.atField(data.pointer(name), "holds " + length + " values but " + other + " holds "
                    + otherLength);
        }
    }

    private static int[] wholes(JsonFields fields, String name) throws LessonFileException {
        JsonNode array = fields.node(name);
        if (!array.isArray()) {
            throw LessonFileException.atField(fields.pointer(name), "expected an array of whole numbers such as [4, 4], found "
                    + JsonFields.describe(array));
        }
        if (array.size() > DeepNetworkLesson.MAX_LAYERS) {
            throw LessonFileException.atField(fields.pointer(name), array.size() + " hidden layers; at most "
                    + DeepNetworkLesson.MAX_LAYERS);
        }
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = array.get(i);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw LessonFileException.atField(fields.pointer(name) + "/" + i, "expected a whole number, found "
                        + JsonFields.describe(value));
            }
            values[i] = value.intValue();
        }
        return values;
    }

    static void write(ObjectNode own, DeepNetworkLesson deep) {
        ArrayNode layers = own.putArray("layers");
        for (int width : deep.layers()) {
            layers.add(width);
        }
        own.put("activation", deep.activation().label());
        own.put("cost", deep.cost().label());
        own.put("l2", deep.l2());
        own.put("seed", deep.seed());
        ObjectNode data = own.putObject("data");
        data.put("name", deep.dataName());
        TrainingSet set = deep.data();
        int inputs = set.inputCount();
        for (int j = 0; j < inputs; j++) {
            ArrayNode column = data.putArray(inputs == 1 ? "x" : "x" + (j + 1));
            for (int p = 0; p < set.size(); p++) {
                column.add(set.inputs()[p * inputs + j]);
            }
        }
        ArrayNode y = data.putArray("y");
        for (double target : set.targets()) {
            y.add(target);
        }
    }
}
