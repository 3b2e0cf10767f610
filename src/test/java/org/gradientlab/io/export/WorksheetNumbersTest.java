package org.gradientlab.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WorksheetNumbersTest {

    @Test
    void sixSignificantDigitsWithoutTrailingZeros() {
        assertEquals("0", WorksheetNumbers.format(0.0));
        assertEquals("0", WorksheetNumbers.format(-0.0));
        assertEquals("2.4", WorksheetNumbers.format(2.4));
        assertEquals("-0.333333", WorksheetNumbers.format(-1.0 / 3));
        assertEquals("123457", WorksheetNumbers.format(123456.7));
        assertEquals("1.23457e6", WorksheetNumbers.format(1234567));
        assertEquals("0.0001", WorksheetNumbers.format(1e-4));
        assertEquals("-1.5e-7", WorksheetNumbers.format(-1.5e-7));
        assertEquals("NaN", WorksheetNumbers.format(Double.NaN));
    }

    @Test
    void whatItWritesReadsBackWithinHalfAUnitOfTheSixthDigit() {
        for (double v : new double[] {Math.PI, -Math.E * 1e-9, 6.02214076e23, 0.1 + 0.2, 999999.5}) {
            double back = Double.parseDouble(WorksheetNumbers.format(v));
            assertEquals(v, back, Math.abs(v) * 5e-6, WorksheetNumbers.format(v));
        }
    }
}
