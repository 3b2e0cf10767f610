package org.gradientlab.engine;

/**
 * The generator of {@code java.util.Random}, written out from its Javadoc, with its 48-bit state
 * readable and settable so that a run can record it and step back exactly: {@code new
 * Lcg48Random(seed)} gives the same numbers as {@code new Random(seed)}. The state fits in a double
 * exactly (48 bits &lt; 53), so a run's history can hold it. A plain field instead of
 * {@code Random}'s atomic one also makes a draw several times cheaper, which the generator of a
 * million points notices.
 */
public final class Lcg48Random {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    /** Two steps at once: state'' = MULTIPLIER^2*state + ADDEND*(MULTIPLIER + 1), mod 2^48. */
    private static final long MULTIPLIER_2 = (MULTIPLIER * MULTIPLIER) & MASK;
    private static final long ADDEND_2 = (ADDEND * (MULTIPLIER + 1)) & MASK;

    private long state;

    /** Seeded as {@code new java.util.Random(seed)} is. */
    public Lcg48Random(long seed) {
        state = (seed ^ MULTIPLIER) & MASK;
    }

    /** The 48-bit state. */
    public long state() {
        return state;
    }

    /** Puts the generator back at a state read from {@link #state()}. */
    public void setState(long state) {
        this.state = state & MASK;
    }

    /**
     * Moves the state on by {@code steps} steps of the generator, as that many {@code next} calls would
     * (a {@link #nextDouble()} is two steps), in O(log steps): the step is the map s -> a*s + c mod 2^48,
     * and the map of 2k steps is the k-step map applied twice. Lets several threads draw the parts of
     * one long sequence, each from its own start.
     */
    public void skip(long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps " + steps + " is below 0");
        }
        long multiplier = MULTIPLIER;
        long addend = ADDEND;
        long s = state;
        for (long k = steps; k != 0; k >>>= 1) {
            if ((k & 1) != 0) {
                s = (s * multiplier + addend) & MASK;
            }
            // The map twice: a*(a*s + c) + c = a^2*s + c*(a + 1).
            addend = (addend * (multiplier + 1)) & MASK;
            multiplier = (multiplier * multiplier) & MASK;
        }
        state = s;
    }

    private int next(int bits) {
        state = (state * MULTIPLIER + ADDEND) & MASK;
        return (int) (state >>> (48 - bits));
    }

    /** As {@code Random.nextDouble()}: 53 random bits from two draws, in [0, 1). */
    public double nextDouble() {
        // Both draws come from the state before them, the second two steps on: neither waits for the
        // other's multiplication (the generator of a million points took 40 ms in a chain of them).
        long before = state;
        long first = (before * MULTIPLIER + ADDEND) & MASK;
        long second = (before * MULTIPLIER_2 + ADDEND_2) & MASK;
        state = second;
        return (((long) (int) (first >>> 22) << 27) + (int) (second >>> 21)) * 0x1.0p-53;
    }

    /**
     * SPEC section 4b's approximate standard normal: z = (u1 + u2 + ... + u12) - 6, the twelve u drawn
     * in turn by {@link #nextDouble()} and summed left to right.
     */
    public double nextTwelveUniformNormal() {
        double sum = 0;
        for (int k = 0; k < 12; k++) {
            sum += nextDouble();
        }
        return sum - 6;
    }

    /** As {@code Random.nextInt(bound)}: uniform in [0, bound), by rejection of the uneven top. */
    public int nextInt(int bound) {
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        int u = r;
        // A u in the uneven top of the range, where u - u % bound + m overflows, is drawn again.
        while (u - (r = u % bound) + m < 0) {
            u = next(31);
        }
        return r;
    }

    /** Fisher-Yates as {@code Collections.shuffle(list, random)}: for i = n down to 2, swap a[i-1] and a[nextInt(i)]. */
    public void shuffle(int[] a) {
        for (int i = a.length; i > 1; i--) {
            int j = nextInt(i);
            int kept = a[i - 1];
            a[i - 1] = a[j];
            a[j] = kept;
        }
    }
}
