package org.gradientlab.io.lesson;

/**
 * A lesson file that cannot be used, or lesson settings that a lesson cannot take. The message is
 * one line that says what is wrong and where: the file, line and column, and for a bad value the
 * field, e.g. {@code lesson.json, line 7, column 17: descent.function: unexpected ')' at column 7}.
 */
public final class LessonFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The JSON pointer of the field at fault, e.g. "/descent/function"; null when no field is. */
    private final String field;

    /** @param message what is wrong and where, in one line */
    public LessonFileException(String message) {
        this(message, null);
    }

    private LessonFileException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** A bad or missing value: the message starts with the field's path, e.g. {@code regression.data.x[3]: ...}. */
    static LessonFileException atField(String pointer, String what) {
        return new LessonFileException(fieldPath(pointer) + ": " + what, pointer);
    }

    /** The same error, with where in the file put in front of the message. */
    LessonFileException in(String where) {
        return new LessonFileException(where + ": " + getMessage(), field);
    }

    /** The JSON pointer of the field at fault, or null. */
    public String field() {
        return field;
    }

    /** "/regression/data/x/3" as a person reads it: "regression.data.x[3]". */
    static String fieldPath(String pointer) {
        if (pointer.isEmpty()) {
            return "the lesson";
        }
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                path.append('[').append(segment).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }
}
