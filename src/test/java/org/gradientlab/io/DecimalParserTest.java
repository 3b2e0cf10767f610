package org.gradientlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grammar check and FastDoubleParser together: plain decimals read as exactly the doubles
 * Double.parseDouble reads, bit for bit; everything else in Java's wider syntax is refused.
 */
class DecimalParserTest {

    private static double parse(String text) {
        byte[] bytes = ("#" + text + "#").getBytes(StandardCharsets.ISO_8859_1);
        return DecimalParser.parse(bytes, 1, bytes.length - 1);
    }

    private static void assertSameAsJava(String text) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(parse(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+0", "0.0", "-0.0", "-0e5", "1", "-1", "+1", "1.", ".5", "-.5", "+.5",
        "1.5", "0.1", "0.2", "0.3", "3.141592653589793", "2.718281828459045", "1e10", "1E10", "1e+10", "1e-10",
        "123456789012345", "1234567890123456", "12345678901234567890", "0.000001", "1e22", "1e23", "1e-22",
        "1e-23", "9007199254740993", "4.9e-324", "2e-324", "1e-400", "1.7976931348623157e308", "1e308",
        "0.1234567890123456789", "100000000000000000000000", "00000000000000000000001.5", "1e0000000000000000003",
        "0.30000000000000004", "-1.0E-5", "5e-1", "999999999999999", "9999999999999999", "1e400", "-1e400",
        "0e99999999999999999999", "1e-99999999999999999999", "1e99999999999999999999", "2.e-3", "-.0e+0"})
    void readsLikeJava(String text) {
        assertSameAsJava(text);
    }

    @Test
    void readsRandomNumbersLikeJava() {
        Random random = new Random(12345);
        for (int trial = 0; trial < 200_000; trial++) {
            String text;
            switch (trial % 4) {
                case 0 -> text = Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
                case 1 -> text = Double.toString(Double.longBitsToDouble(random.nextLong()));
                case 2 -> text = String.format("%.6f", random.nextDouble() * 1000 - 500);
                default -> text = randomDecimal(random);
            }
            if (text.contains("NaN") || text.contains("Infinity")) {
                continue;
            }
            assertSameAsJava(text);
        }
    }

    @Test
    void readsTheEdgesOfTheDoubleRangeLikeJava() {
        double[] edges = {Double.MIN_VALUE, 2 * Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
            Math.nextUp(Double.MIN_NORMAL), Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE), 1, Math.nextUp(1.0),
            Math.nextDown(1.0)};
        for (double edge : edges) {
            assertSameAsJava(Double.toString(edge));
            assertSameAsJava(new java.math.BigDecimal(edge).round(new java.math.MathContext(19)).toString());
            assertSameAsJava(new java.math.BigDecimal(edge).round(new java.math.MathContext(18)).toString());
        }
        for (String text : new String[] {"2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308",
            "1.7976931348623159e308", "2.2250738585072011e-308", "2.2250738585072012e-308", "9999999999999999999e-343",
            "1e-342", "1e-343", "9999999999999999999e290", "1e308", "1e309"}) {
            assertSameAsJava(text);
        }
    }

    /** Digits, point and exponent in random lengths, past 19 digits and past the double range. */
    private static String randomDecimal(Random random) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(3) == 0) {
            text.append(random.nextBoolean() ? '-' : '+');
        }
        int integerDigits = random.nextInt(20);
        int fractionDigits = integerDigits == 0 ? 1 + random.nextInt(20) : random.nextInt(20);
        for (int i = 0; i < integerDigits; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        if (fractionDigits > 0 || random.nextBoolean()) {
            text.append('.');
        }
        for (int i = 0; i < fractionDigits; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        if (random.nextBoolean()) {
            text.append(random.nextBoolean() ? 'e' : 'E');
            if (random.nextBoolean()) {
                text.append(random.nextBoolean() ? '-' : '+');
            }
            text.append(random.nextInt(random.nextBoolean() ? 30 : 400));
        }
        return text.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "-.", "e5", ".e5", "1e", "1e+", "1e-", "1..5", "1.5.", "1.2.3", "--1",
        "+-1", "1-", "1 ", " 1", "1,5", "NaN", "Infinity", "-Infinity", "0x10", "0x1p3", "1d", "1f", "1L", "abc",
        "1_000", "١", "1e5.5", "1ee5"})
    void rejectsAnythingButPlainDecimals(String text) {
        assertTrue(Double.isNaN(parse(text)), text);
    }

    @Test
    void readsOnlyTheGivenRange() {
        byte[] bytes = "12,34".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(12.0, DecimalParser.parse(bytes, 0, 2));
        assertEquals(34.0, DecimalParser.parse(bytes, 3, 5));
        assertEquals(2.0, DecimalParser.parse(bytes, 1, 2));
    }
}
