package org.gradientlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Exp against e^x worked out with 50-digit decimals. */
class ExpTest {

    private static final MathContext DIGITS = new MathContext(50);
    private static final BigDecimal LN2 = new BigDecimal("0.69314718055994530941723212145817656807550013436025525412068");

    /** e^x to 50 digits: x = n*ln 2 + r, e^r by its Taylor series, times 2^n. */
    static BigDecimal reference(double x) {
        BigDecimal exact = new BigDecimal(x);
        BigDecimal n = exact.divide(LN2, DIGITS).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = exact.subtract(n.multiply(LN2, DIGITS), DIGITS);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int i = 1; i < 60 && term.abs().compareTo(BigDecimal.ONE.movePointLeft(60)) > 0; i++) {
            term = term.multiply(r, DIGITS).divide(BigDecimal.valueOf(i), DIGITS);
            sum = sum.add(term, DIGITS);
        }
        int power = n.intValueExact();
        BigDecimal scale = BigDecimal.valueOf(2).pow(Math.abs(power), DIGITS);
        return power >= 0 ? sum.multiply(scale, DIGITS) : sum.divide(scale, DIGITS);
    }

    private static double ulpError(double x) {
        double result = Exp.exp(x);
        BigDecimal exact = reference(x);
        return new BigDecimal(result).subtract(exact).abs().divide(new BigDecimal(Math.ulp(exact.doubleValue())), DIGITS)
                .doubleValue();
    }

    @Test
    void withinHalfAnUlpAndAlmostAlwaysCorrectlyRounded() {
        SplittableRandom random = new SplittableRandom(11);
        int samples = 20_000;
        int misrounded = 0;
        double worst = 0;
        for (int i = 0; i < samples; i++) {
            double x = switch (i % 4) {
                case 0 -> random.nextDouble(-707.9, 707.9);
                case 1 -> random.nextDouble(-20, 20);
                case 2 -> random.nextDouble(-1, 1);
                default -> random.nextDouble(-1e-3, 1e-3);
            };
            double error = ulpError(x);
            worst = Math.max(worst, error);
            if (Exp.exp(x) != reference(x).doubleValue()) {
                misrounded++;
            }
        }
        assertTrue(worst < 0.51, "worst error " + worst + " ulp");
        // Math.exp misrounds about 0.23% of such arguments; this one about 0.09%.
        assertTrue(misrounded < samples / 500, misrounded + " of " + samples + " not correctly rounded");
    }

    @Test
    void exactWhereTheAnswerIsExact() {
        assertEquals(1.0, Exp.exp(0.0));
        assertEquals(1.0, Exp.exp(-0.0));
        assertEquals(1.0, Exp.exp(Double.MIN_VALUE));
        assertEquals(1.0, Exp.exp(-Double.MIN_VALUE));
        // e^x = 1 + x + ... rounds to 1 + x for |x| around 2^-40.
        assertEquals(1 + 0x1p-40, Exp.exp(0x1p-40));
        assertEquals(Math.E, Exp.exp(1));
    }

    @Test
    void edgesOfTheRangeGoToStrictMathExp() {
        assertTrue(Double.isNaN(Exp.exp(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Exp.exp(Double.NEGATIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(710));
        assertEquals(0.0, Exp.exp(-746));
        for (double x : new double[] {708, 709.78, -708, -740, -745}) {
            assertEquals(StrictMath.exp(x), Exp.exp(x), "x = " + x);
        }
        for (double x : new double[] {707.999999, -707.999999, 700.5, -700.5}) {
            assertTrue(ulpError(x) < 0.51, "x = " + x);
        }
    }

    @Test
    void neverDecreasesAcrossTheTableSteps() {
        // Where x*128/ln 2 rounds to the next integer, j changes (and every 128th time k): adjacent
        // doubles there must not go down.
        for (int n = -5 * 128; n <= 5 * 128; n += 7) {
            double x = (n + 0.5) * Math.log(2) / 128;
            for (int i = 0; i < 100; i++) {
                x = Math.nextDown(x);
            }
            for (int i = 0; i < 200; i++) {
                double next = Math.nextUp(x);
                assertTrue(Exp.exp(x) <= Exp.exp(next), "e^x goes down at " + x);
                x = next;
            }
        }
    }

    @Test
    void theTableIsTwoToTheJOver128WorkedOutWithSixtyDigits() {
        MathContext digits = new MathContext(60);
        BigDecimal ln2N = LN2.divide(BigDecimal.valueOf(128), digits);
        assertEquals(BigDecimal.valueOf(128).divide(LN2, digits).doubleValue(), Exp.INV_LN2_N);
        assertEquals(ln2N.doubleValue(), Exp.LN2_N_HI);
        assertEquals(ln2N.subtract(new BigDecimal(Exp.LN2_N_HI)).doubleValue(), Exp.LN2_N_LO);
        BigDecimal step = BigDecimal.valueOf(2);
        for (int i = 0; i < 7; i++) {
            step = step.sqrt(digits);
        }
        assertEquals(128, Exp.SCALE_BITS.length);
        assertEquals(128, Exp.TAIL.length);
        BigDecimal power = BigDecimal.ONE;
        for (int j = 0; j < 128; j++) {
            double head = power.doubleValue();
            assertEquals(Double.doubleToRawLongBits(head) - ((long) j << 45), Exp.SCALE_BITS[j], "entry " + j);
            assertEquals(power.subtract(new BigDecimal(head)).divide(new BigDecimal(head), digits).doubleValue(),
                    Exp.TAIL[j], "tail " + j);
            power = power.multiply(step, digits);
        }
    }
}
