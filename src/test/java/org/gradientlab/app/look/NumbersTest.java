package org.gradientlab.app.look;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {

    /** The rule written out again with a new DecimalFormat for every number. */
    private static String expected(double x, int digits) {
        if (x == 0) {
            return "0";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        double magnitude = Math.abs(x);
        String text;
        if (magnitude >= 1e-4 && magnitude < 1e6) {
            int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(magnitude)));
            StringBuilder pattern = new StringBuilder("0.");
            for (int i = 0; i < Math.max(1, decimals); i++) {
                pattern.append('#');
            }
            text = new DecimalFormat(pattern.toString(), symbols).format(x);
        } else {
            StringBuilder pattern = new StringBuilder("0.");
            for (int i = 0; i < digits - 1; i++) {
                pattern.append('#');
            }
            text = new DecimalFormat(pattern + "E0", symbols).format(x).replace("E", "e");
        }
        return text.replace('-', '\u2212');
    }

    @Test
    void formatsMadeOnceGiveWhatNewOnesGiveInAnyOrder() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            double x = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble() * 24 - 12) * random.nextDouble();
            int digits = 2 + random.nextInt(8);
            assertEquals(expected(x, digits), Numbers.format(x, digits), x + " to " + digits + " digits");
        }
    }

    @Test
    void handWorkedExamples() {
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("\u22122.5", Numbers.format(-2.5));
        assertEquals("1.23457e6", Numbers.format(1234567));
        assertEquals("+0.7", Numbers.signed(0.7));
        assertEquals("\u221e", Numbers.format(Double.POSITIVE_INFINITY));
    }
}
