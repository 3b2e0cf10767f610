package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand scanner must take exactly what the documented patterns take. */
class NumberSyntaxTest {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    /** Every character the patterns treat specially, one digit of each kind, and some they reject. */
    private static final char[] ALPHABET = {'+', '-', '.', 'e', 'E', '0', '7', 'x', ' ', '\u0661'};

    @Test
    void agreesWithThePatternsOnEveryShortString() {
        int[] checked = {0};
        every("", 5, text -> {
            assertEquals(DECIMAL.matcher(text).matches(), NumberSyntax.isDecimal(text), "decimal '" + text + "'");
            assertEquals(WHOLE.matcher(text).matches(), NumberSyntax.isWhole(text), "whole '" + text + "'");
            checked[0]++;
        });
        assertEquals(1 + 10 + 100 + 1000 + 10_000 + 100_000, checked[0]);
    }

    @Test
    void takesTheUsualForms() {
        for (String text : new String[] {"0", "-3", "+2.5", "1.", ".5", "1e-7", "2.5E+3", "007"}) {
            assertTrue(NumberSyntax.isDecimal(text), text);
        }
        for (String text : new String[] {"", ".", "e5", "1e", "1e+", "NaN", "0x1p3", "1f", "1,5"}) {
            assertFalse(NumberSyntax.isDecimal(text), text);
        }
        assertTrue(NumberSyntax.isWhole("-12"));
        assertFalse(NumberSyntax.isWhole("12.0"));
    }

    private interface Check {
        void accept(String text);
    }

    private static void every(String prefix, int length, Check check) {
        check.accept(prefix);
        if (length == 0) {
            return;
        }
        for (char c : ALPHABET) {
            every(prefix + c, length - 1, check);
        }
    }
}
