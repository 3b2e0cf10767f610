package org.gradientlab.io.lesson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error in a person's words, with the field it is in or after: the parser's
 * "Unexpected character ('}' (code 125)): was expecting double-quote to start field name" becomes
 * "speed: a comma before '}': the last field of an object takes none".
 */
final class JsonSyntax {

    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '[^']*'");
    private static final Pattern OPENED = Pattern.compile("opened at line (\\d+), column (\\d+)|start marker at .*?line: (\\d+), "
            + "column: (\\d+)", Pattern.DOTALL);

    private JsonSyntax() {
    }

    /** "field: what is wrong", or just what is wrong outside any field. */
    static String explain(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String field = message.contains("end-of-input") || message.contains("close marker") ? null : field(e, message);
        String what = what(message);
        return field == null ? what : field + ": " + what;
    }

    /**
     * The field being read, or the one just read, when the parser stopped; where a field's name was
     * expected, the object it belongs in, and between two values of a list the list; null at the top
     * of the file.
     */
    private static String field(JsonProcessingException e, String message) {
        if (!(e.getProcessor() instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return null;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        // Where a field's name was due, the object it belongs in; between two values of a list, the list.
        if ((message.contains("start field name") || message.contains("separate Array entries"))
                && pointer.lastIndexOf('/') >= 0) {
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return pointer.isEmpty() ? null : LessonFileException.fieldPath(pointer);
    }

    static String what(String message) {
        String first = message.lines().findFirst().orElse("");
        Matcher character = CHARACTER.matcher(first);
        if (character.find()) {
            return character(displayed(character.group(1), Integer.parseInt(character.group(2))), first);
        }
        Matcher token = TOKEN.matcher(first);
        if (token.find()) {
            String word = token.group(1);
            return word.equals("NaN") || word.contains("Infinity")
                    ? "'" + word + "' is not a number a lesson file can hold (JSON has no NaN or Infinity)"
                    : "'" + word + "' is not a value: write a number, text in double quotes, true, false or null";
        }
        Matcher duplicate = DUPLICATE.matcher(first);
        if (duplicate.find()) {
            return "given twice";
        }
        if (first.contains("Leading zeroes")) {
            return "a number cannot start with 0 (write 1, not 01)";
        }
        if (first.contains("Illegal unquoted character")) {
            return first.contains("code 10") || first.contains("code 13")
                    ? "a line break inside text: text ends on its line with a double quote"
                    : "a control character inside text (write it as an escape such as \\t)";
        }
        if (first.contains("Unrecognized character escape")) {
            return "an unknown escape after a backslash in text (a backslash itself is written \\\\)";
        }
        if (first.contains("Unexpected close marker")) {
            return "a closing " + (first.contains("']'") ? "']'" : "'}'") + " too many: nothing is open to close";
        }
        if (first.contains("end-of-input")) {
            return endOfInput(first);
        }
        if (first.contains("Invalid UTF-8") || first.contains("Invalid UTF8")) {
            return "the file is not UTF-8 text (save it as UTF-8)";
        }
        if (first.contains("Trailing token")) {
            return "text after the lesson's closing '}': a file holds one lesson";
        }
        if (first.contains("Invalid numeric value") || first.contains("Unexpected character")) {
            return "not a number as JSON writes numbers (e.g. -2.5, 0.1, 1e-3)";
        }
        return "not valid JSON";
    }

    private static String character(String found, String message) {
        if (message.contains("start field name")) {
            return found.equals("'}'") ? "a comma before '}': the last field of an object takes none"
                    : "expected a field name in double quotes, found " + found;
        }
        if (message.contains("separate Object entries")) {
            return found.equals("'\"'") ? "a comma is missing after this value, before the next field"
                    : "expected a comma or '}' after this value, found " + found;
        }
        if (message.contains("separate Array entries")) {
            return "expected a comma or ']' after a value of the list, found " + found;
        }
        if (message.contains("colon")) {
            return "expected a colon ':' after the field's name, found " + found;
        }
        if (message.contains("expected a value") || message.contains("expected a valid value")) {
            return found.equals("']'") ? "a comma before ']': the last value of a list takes none"
                    : "expected a value, found " + found;
        }
        return "unexpected " + found;
    }

    /** What the parser met, as a person sees it: 'x', or the name of an invisible character. */
    private static String displayed(String shown, int code) {
        return switch (code) {
            case 10, 13 -> "a line break";
            case 9 -> "a tab";
            default -> code < 32 || code == 127 ? "a control character (code " + code + ")" : "'" + shown + "'";
        };
    }

    private static String endOfInput(String message) {
        Matcher opened = OPENED.matcher(message);
        String where = "";
        if (opened.find()) {
            String line = opened.group(1) != null ? opened.group(1) : opened.group(3);
            String column = opened.group(2) != null ? opened.group(2) : opened.group(4);
            where = " opened at line " + line + ", column " + column;
        }
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("close marker for object")) {
            return "the file ends before the '{'" + where + " is closed (a '}' is missing)";
        }
        if (lower.contains("close marker for array")) {
            return "the file ends before the '['" + where + " is closed (a ']' is missing)";
        }
        if (lower.contains("object entries")) {
            return "the file ends inside an object (its fields or its closing '}' are missing)";
        }
        if (lower.contains("array entries")) {
            return "the file ends inside a list (its values or its closing ']' are missing)";
        }
        if (lower.contains("string") || lower.contains("field name")) {
            return "the file ends inside text (a closing double quote is missing)";
        }
        return "the file ends in the middle of the lesson";
    }
}
