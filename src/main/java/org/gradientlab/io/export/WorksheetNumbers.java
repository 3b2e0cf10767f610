package org.gradientlab.io.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a worksheet writes numbers: six significant digits, no trailing zeros, plain between 0.0001
 * and 999999 and with an exponent outside ({@code 1.23457e-7}), so a person reads them easily and
 * the answer key and the worksheet round the same way.
 */
public final class WorksheetNumbers {

    /** Significant digits written. */
    public static final int DIGITS = 6;

    private static final MathContext ROUNDING = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private WorksheetNumbers() {
    }

    /** The value with six significant digits; "0" for either zero, Java's words for NaN and infinities. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        // The exact binary value, rounded once: the same digits whatever printed the double before.
        BigDecimal rounded = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -4 && exponent < DIGITS) {
            return rounded.toPlainString();
        }
        String digits = rounded.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (rounded.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }
}
