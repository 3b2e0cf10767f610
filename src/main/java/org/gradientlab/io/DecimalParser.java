package org.gradientlab.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Reads a decimal number straight from bytes, with the value {@code Double.parseDouble} gives but
 * only in plain decimal notation: {@code [+-]digits[.digits][(e|E)[+-]digits]} (also {@code .5}
 * and {@code 5.}); no hex, NaN, Infinity, suffixes or spaces. The notation is checked here; the
 * conversion is FastDoubleParser's ({@link JavaDoubleParser}, bit for bit {@code Double.parseDouble},
 * without a String), which on its own would also take Java's wider syntax.
 */
final class DecimalParser {

    private DecimalParser() {
    }

    /**
     * The number in {@code bytes[from .. to)}, or NaN when the text is not plain decimal notation
     * (a valid text never gives NaN; too large a number gives an infinity).
     */
    static double parse(byte[] bytes, int from, int to) {
        return isPlainDecimal(bytes, from, to) ? JavaDoubleParser.parseDouble(bytes, from, to - from) : Double.NaN;
    }

    /** Whether {@code bytes[from .. to)} is a sign, digits with at most one point, and an exponent. */
    private static boolean isPlainDecimal(byte[] bytes, int from, int to) {
        int i = skipSign(bytes, from, to);
        int digits = 0;
        boolean point = false;
        for (; i < to; i++) {
            if (isDigit(bytes[i])) {
                digits++;
            } else if (bytes[i] == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < to && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i = skipSign(bytes, i + 1, to);
            int exponentStart = i;
            while (i < to && isDigit(bytes[i])) {
                i++;
            }
            if (i == exponentStart) {
                return false;
            }
        }
        return i == to;
    }

    private static int skipSign(byte[] bytes, int i, int to) {
        return i < to && (bytes[i] == '-' || bytes[i] == '+') ? i + 1 : i;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
