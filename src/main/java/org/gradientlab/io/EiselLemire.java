package org.gradientlab.io;

import java.math.BigInteger;

/**
 * w * 10^q as the nearest double, for a decimal mantissa w of up to 19 digits, by the Eisel-Lemire
 * algorithm (D. Lemire, "Number parsing at a gigabyte per second", Software: Practice and Experience
 * 51(8), 2021, with the table of its Appendix B): one or two 64 x 128-bit products with a truncated
 * power of five give the correctly rounded result, or say that they cannot decide.
 */
final class EiselLemire {

    private static final int SMALLEST_POWER = -342;
    private static final int LARGEST_POWER = 308;
    /** The 128 leading bits of 5^q for each q, as high then low 64 bits. */
    private static final long[] POWERS_OF_FIVE = powersOfFive();

    private EiselLemire() {
    }

    /**
     * The double nearest to w * 10^q, w read as unsigned and not 0; NaN when the product cannot
     * decide the rounding (rare; the caller then reads the text another way).
     */
    static double toDouble(long w, int q) {
        if (q < SMALLEST_POWER) {
            return 0.0;
        }
        if (q > LARGEST_POWER) {
            return Double.POSITIVE_INFINITY;
        }
        int leadingZeros = Long.numberOfLeadingZeros(w);
        w <<= leadingZeros;
        int index = 2 * (q - SMALLEST_POWER);
        long high = unsignedMultiplyHigh(w, POWERS_OF_FIVE[index]);
        long low = w * POWERS_OF_FIVE[index];
        if ((high & 0x1FF) == 0x1FF) {
            // The truncated power may matter: add the product with its next 64 bits.
            long secondHigh = unsignedMultiplyHigh(w, POWERS_OF_FIVE[index + 1]);
            long sum = low + secondHigh;
            if (Long.compareUnsigned(secondHigh, sum) > 0) {
                high++;
            }
            low = sum;
            if (low == -1L && (q < -27 || q > 55)) {
                return Double.NaN;
            }
        }
        int upperBit = (int) (high >>> 63);
        long mantissa = high >>> (upperBit + 9);
        int power2 = binaryExponent(q) + upperBit - leadingZeros + 1023;
        if (power2 <= 0) {
            return subnormal(mantissa, power2);
        }
        boolean exactlyHalfway = Long.compareUnsigned(low, 1) <= 0 && q >= -4 && q <= 23 && (mantissa & 3) == 1
                && (mantissa << (upperBit + 9)) == high;
        if (exactlyHalfway) {
            // A tie: round to even, not up.
            mantissa &= ~1L;
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if (mantissa >= (2L << 52)) {
            mantissa = 1L << 52;
            power2++;
        }
        mantissa &= ~(1L << 52);
        if (power2 >= 0x7FF) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble(mantissa | ((long) power2 << 52));
    }

    private static double subnormal(long mantissa, int power2) {
        if (-power2 + 1 >= 64) {
            return 0.0;
        }
        mantissa >>>= -power2 + 1;
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        // Rounding up may carry into the smallest normal exponent; the bit lands where it belongs.
        long exponent = mantissa < (1L << 52) ? 0 : 1;
        return Double.longBitsToDouble(mantissa | (exponent << 52));
    }

    /** floor(q * log2(10)) + 63, exact over the table's range. */
    private static int binaryExponent(int q) {
        return (((152170 + 65536) * q) >> 16) + 63;
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    private static long[] powersOfFive() {
        BigInteger five = BigInteger.valueOf(5);
        BigInteger limit = BigInteger.ONE.shiftLeft(128);
        long[] table = new long[2 * (LARGEST_POWER - SMALLEST_POWER + 1)];
        for (int q = SMALLEST_POWER; q <= LARGEST_POWER; q++) {
            BigInteger bits;
            if (q < 0) {
                BigInteger power = five.pow(-q);
                int z = power.bitLength();
                int b = q >= -27 ? z + 127 : 2 * z + 128;
                bits = BigInteger.ONE.shiftLeft(b).divide(power).add(BigInteger.ONE);
                while (bits.compareTo(limit) >= 0) {
                    bits = bits.shiftRight(1);
                }
            } else {
                bits = five.pow(q);
                int excess = bits.bitLength() - 128;
                bits = excess > 0 ? bits.shiftRight(excess) : bits.shiftLeft(-excess);
            }
            table[2 * (q - SMALLEST_POWER)] = bits.shiftRight(64).longValue();
            table[2 * (q - SMALLEST_POWER) + 1] = bits.longValue();
        }
        return table;
    }
}
