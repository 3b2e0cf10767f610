package org.gradientlab.cli;

/**
 * What the headless commands take for a number, checked before Java parses it: plain decimal notation
 * {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?} (no hex, no NaN or Infinity, no suffixes such as 1f)
 * and whole numbers {@code [+-]?\d+}, ASCII digits only. Scanned by hand rather than matched with
 * java.util.regex: every command parses its numbers at start, and the first pattern of a process costs
 * its start 7 to 10 ms, about 1% of the {@code regression} run that bench/compare.sh times against C.
 */
final class NumberSyntax {

    private NumberSyntax() {
    }

    /** True for plain decimal notation, with an optional exponent. */
    static boolean isDecimal(String text) {
        int i = sign(text, 0);
        int intDigits = digits(text, i);
        i += intDigits;
        int fractionDigits = 0;
        if (i < text.length() && text.charAt(i) == '.') {
            fractionDigits = digits(text, i + 1);
            i += 1 + fractionDigits;
        }
        if (intDigits == 0 && fractionDigits == 0) {
            return false;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponentStart = sign(text, i + 1);
            int exponentDigits = digits(text, exponentStart);
            if (exponentDigits == 0) {
                return false;
            }
            i = exponentStart + exponentDigits;
        }
        return i == text.length();
    }

    /** True for an optional sign and at least one digit, nothing else. */
    static boolean isWhole(String text) {
        int start = sign(text, 0);
        int count = digits(text, start);
        return count > 0 && start + count == text.length();
    }

    /** The index after an optional + or - at i. */
    private static int sign(String text, int i) {
        return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-') ? i + 1 : i;
    }

    /** How many ASCII digits run from i. */
    private static int digits(String text, int i) {
        int end = i;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end - i;
    }
}
