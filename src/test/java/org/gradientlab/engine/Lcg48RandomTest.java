package org.gradientlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shuffle generator must be java.util.Random exactly, and its state must restore it. */
class Lcg48RandomTest {

    @Test
    void drawsWhatJavaUtilRandomDraws() {
        // Powers of two, small bounds, and bounds near 2^31 where rejection happens often.
        int[] bounds = {1, 2, 3, 7, 10, 64, 1000, 1 << 20, (1 << 30) + 1, Integer.MAX_VALUE, 1_500_000_000};
        for (long seed : new long[] {0, 1, -1, 42, Long.MAX_VALUE, Long.MIN_VALUE}) {
            Random reference = new Random(seed);
            Lcg48Random random = new Lcg48Random(seed);
            for (int i = 0; i < 20_000; i++) {
                int bound = bounds[i % bounds.length];
                assertEquals(reference.nextInt(bound), random.nextInt(bound), "seed " + seed + ", draw " + i);
            }
        }
    }

    @Test
    void skippingStepsIsDrawingThem() {
        // nextInt(bound) with a power-of-two bound is one step: skip(k) must land where k of them do.
        for (long seed : new long[] {0, 1, -1, 42, Long.MIN_VALUE}) {
            Lcg48Random stepped = new Lcg48Random(seed);
            long done = 0;
            for (long k : new long[] {0, 1, 2, 3, 7, 64, 1000, 4097}) {
                Lcg48Random skipped = new Lcg48Random(seed);
                skipped.skip(k);
                for (; done < k; done++) {
                    stepped.nextInt(1 << 16);
                }
                assertEquals(stepped.state(), skipped.state(), "seed " + seed + ", " + k + " steps");
            }
        }
        // Far on: two million doubles drawn in turn against one skip of four million steps.
        Random reference = new Random(5);
        for (int i = 0; i < 2_000_000; i++) {
            reference.nextDouble();
        }
        Lcg48Random skipped = new Lcg48Random(5);
        skipped.skip(4_000_000);
        for (int i = 0; i < 100; i++) {
            assertEquals(reference.nextDouble(), skipped.nextDouble(), "double " + i + " after the skip");
        }
    }

    @Test
    void drawsTheDoublesJavaUtilRandomDraws() {
        for (long seed : new long[] {0, 1, -1, 42, Long.MAX_VALUE, Long.MIN_VALUE}) {
            Random reference = new Random(seed);
            Lcg48Random random = new Lcg48Random(seed);
            for (int i = 0; i < 20_000; i++) {
                // Mixed with nextInt so that an off-by-one in the draws per double would show.
                if (i % 3 == 0) {
                    assertEquals(reference.nextInt(1000), random.nextInt(1000), "seed " + seed + ", draw " + i);
                } else {
                    assertEquals(reference.nextDouble(), random.nextDouble(), "seed " + seed + ", draw " + i);
                }
            }
        }
    }

    @Test
    void shufflesAsCollectionsShuffle() {
        for (int n : new int[] {1, 2, 5, 97, 1000}) {
            Random reference = new Random(n);
            Lcg48Random random = new Lcg48Random(n);
            int[] shuffled = identity(n);
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(i);
            }
            for (int round = 0; round < 3; round++) {
                Collections.shuffle(list, reference);
                random.shuffle(shuffled);
                assertArrayEquals(list.stream().mapToInt(Integer::intValue).toArray(), shuffled, "n " + n);
            }
        }
    }

    @Test
    void aRestoredStateRepeatsTheDraws() {
        Lcg48Random random = new Lcg48Random(5);
        random.nextInt(100);
        long state = random.state();
        assertEquals(state, (long) (double) state, "48 bits fit in a double");
        int[] first = {random.nextInt(1000), random.nextInt(7), random.nextInt(Integer.MAX_VALUE)};
        random.setState(state);
        assertArrayEquals(first, new int[] {random.nextInt(1000), random.nextInt(7), random.nextInt(Integer.MAX_VALUE)});
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
