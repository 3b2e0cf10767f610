package org.gradientlab.io;

import java.nio.charset.StandardCharsets;

/**
 * Reads a decimal number straight from bytes, with the value {@code Double.parseDouble} gives but
 * only in plain decimal notation: {@code [+-]digits[.digits][(e|E)[+-]digits]} (also {@code .5}
 * and {@code 5.}); no hex, NaN, Infinity, suffixes or spaces. Numbers of up to 19 significant
 * digits are read without a String, exactly (Clinger's fast path, then Eisel-Lemire); longer ones
 * go to {@code Double.parseDouble}.
 */
final class DecimalParser {

    /** 10^0 .. 10^22: every one is exact in a double. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    /** Up to 19 digits a mantissa fits in 64 bits (unsigned). */
    private static final int MANTISSA_DIGITS = 19;
    /** Integers up to 2^53 are exact in a double. */
    private static final long EXACT_MANTISSA = 1L << 53;
    /** Exponents past this are far outside a double's range; keeping them small avoids int overflow. */
    private static final int EXPONENT_CAP = 1_000_000;

    private DecimalParser() {
    }

    /**
     * The number in {@code bytes[from .. to)}, or NaN when the text is not plain decimal notation
     * (a valid text never gives NaN; too large a number gives an infinity).
     */
    static double parse(byte[] bytes, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significantDigits = 0;
        int digits = 0;
        int scale = 0;
        boolean fraction = false;
        for (; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit >= 0 && digit <= 9) {
                digits++;
                if (significantDigits > 0 || digit != 0) {
                    significantDigits++;
                }
                if (significantDigits <= MANTISSA_DIGITS) {
                    mantissa = mantissa * 10 + digit;
                    scale -= fraction ? 1 : 0;
                }
            } else if (bytes[i] == '.' && !fraction) {
                fraction = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < to && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
                negativeExponent = bytes[i] == '-';
                i++;
            }
            int exponentDigits = 0;
            for (; i < to && bytes[i] >= '0' && bytes[i] <= '9'; i++) {
                exponentDigits++;
                exponent = Math.min(EXPONENT_CAP, exponent * 10 + (bytes[i] - '0'));
            }
            if (exponentDigits == 0) {
                return Double.NaN;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return Double.NaN;
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (significantDigits > MANTISSA_DIGITS) {
            return parseText(bytes, from, to);
        }
        int power = scale + exponent;
        double magnitude;
        if (mantissa > 0 && mantissa <= EXACT_MANTISSA && power >= -22 && power <= 22) {
            // Both operands are exact, so one correctly rounded operation gives the correctly rounded value.
            magnitude = power >= 0 ? mantissa * POWERS_OF_TEN[power] : mantissa / POWERS_OF_TEN[-power];
        } else {
            magnitude = EiselLemire.toDouble(mantissa, power);
            if (Double.isNaN(magnitude)) {
                return parseText(bytes, from, to);
            }
        }
        return negative ? -magnitude : magnitude;
    }

    private static double parseText(byte[] bytes, int from, int to) {
        return Double.parseDouble(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
    }
}
