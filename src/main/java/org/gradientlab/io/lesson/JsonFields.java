package org.gradientlab.io.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The fields of one JSON object of a lesson file, read by type. A missing field, a value of the
 * wrong type and, at {@link #done()}, a field nobody asked for (a typo would otherwise be ignored)
 * are answered with the field's path.
 */
final class JsonFields {

    private final JsonNode object;
    private final String pointer;
    private final Set<String> read = new HashSet<>();

    private JsonFields(JsonNode object, String pointer) {
        this.object = object;
        this.pointer = pointer;
    }

    /** The node as an object; anything else is an error at its path. */
    static JsonFields of(JsonNode node, String pointer) throws LessonFileException {
        if (!node.isObject()) {
            throw LessonFileException.atField(pointer, "expected an object {...}, found " + describe(node));
        }
        return new JsonFields(node, pointer);
    }

    /** The JSON pointer of a field of this object. */
    String pointer(String name) {
        return pointer + "/" + name;
    }

    boolean has(String name) {
        return object.has(name);
    }

    JsonNode node(String name) throws LessonFileException {
        read.add(name);
        JsonNode value = object.get(name);
        if (value == null) {
            throw LessonFileException.atField(pointer, "missing field \"" + name + "\"");
        }
        return value;
    }

    JsonFields object(String name) throws LessonFileException {
        return of(node(name), pointer(name));
    }

    String string(String name) throws LessonFileException {
        JsonNode value = node(name);
        if (!value.isTextual()) {
            throw LessonFileException.atField(pointer(name), "expected text in quotes, found " + describe(value));
        }
        return value.textValue();
    }

    /** A word from a fixed list. */
    String choice(String name, List<String> allowed, String what) throws LessonFileException {
        String word = string(name);
        if (!allowed.contains(word)) {
            throw LessonFileException.atField(pointer(name),
                    "unknown " + what + " '" + word + "' (expected " + String.join(", ", allowed) + ")");
        }
        return word;
    }

    /** A number as a double; a literal too large for a double becomes infinity, which the checks reject. */
    double number(String name) throws LessonFileException {
        return number(node(name), pointer(name));
    }

    static double number(JsonNode value, String pointer) throws LessonFileException {
        if (!value.isNumber()) {
            throw LessonFileException.atField(pointer, "expected a number, found " + describe(value));
        }
        return value.doubleValue();
    }

    long whole(String name) throws LessonFileException {
        JsonNode value = node(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw LessonFileException.atField(pointer(name), "expected a whole number, found " + describe(value));
        }
        return value.longValue();
    }

    boolean bool(String name) throws LessonFileException {
        JsonNode value = node(name);
        if (!value.isBoolean()) {
            throw LessonFileException.atField(pointer(name), "expected true or false, found " + describe(value));
        }
        return value.booleanValue();
    }

    /** An array of numbers. */
    double[] numbers(String name) throws LessonFileException {
        JsonNode array = node(name);
        if (!array.isArray()) {
            throw LessonFileException.atField(pointer(name), "expected an array of numbers [...], found " + describe(array));
        }
        if (array.size() > LessonChecks.MAX_POINTS) {
            throw LessonFileException.atField(pointer(name), "holds " + array.size() + " values; at most " + LessonChecks.MAX_POINTS);
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(array.get(i), pointer(name) + "/" + i);
        }
        return values;
    }

    /** Fails on the first field that was never read: an unknown (perhaps misspelt) field. */
    void done() throws LessonFileException {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw LessonFileException.atField(pointer(name), "unknown field");
            }
        }
    }

    /** What a person would call the value: "text \"x\"", "a number", "an array", ... */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            return "text \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isArray() ? "an array" : "an object";
    }
}
