package org.gradientlab.app.look;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How numbers read on screen: six significant digits, plain where that is short, else scientific. */
public final class Numbers {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    /**
     * The formats by pattern, each made once per thread (a DecimalFormat is not thread-safe): making
     * one parses its pattern, and the table of steps and the panels format thousands of numbers a second.
     */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private Numbers() {
    }

    /** Six significant digits; "∞", "−∞" and "NaN" for the others; a true minus sign. */
    public static String format(double x) {
        return format(x, 6);
    }

    /** The given number of significant digits. */
    public static String format(double x, int digits) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        if (x == 0) {
            return "0";
        }
        double magnitude = Math.abs(x);
        String text;
        if (magnitude >= 1e-4 && magnitude < 1e6) {
            int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(magnitude)));
            text = pattern("0." + "#".repeat(Math.max(1, decimals))).format(x);
        } else {
            text = pattern("0." + "#".repeat(digits - 1) + "E0").format(x).replace("E", "e");
        }
        return text.replace('-', '−');
    }

    private static DecimalFormat pattern(String pattern) {
        return FORMATS.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, SYMBOLS));
    }

    /** A signed number, "+0.25" or "−0.25", for steps and slopes. */
    public static String signed(double x) {
        String text = format(x);
        return x > 0 ? "+" + text : text;
    }

    /**
     * Reads a number a person typed: accepts the true minus sign and surrounding spaces.
     *
     * @throws NumberFormatException with a message that says what is wrong
     */
    public static double parse(String text) {
        String cleaned = text.strip().replace('−', '-');
        if (cleaned.isEmpty()) {
            throw new NumberFormatException("enter a number");
        }
        double value;
        try {
            value = Double.parseDouble(cleaned);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + text.strip() + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("'" + text.strip() + "' is not a finite number");
        }
        return value;
    }
}
