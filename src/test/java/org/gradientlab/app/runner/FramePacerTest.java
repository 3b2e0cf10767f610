package org.gradientlab.app.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FramePacerTest {

    private static final long MS = 1_000_000L;

    private final FramePacer pacer = new FramePacer();
    private long now = 1_000 * MS;

    /** Pulses at these gaps (ms) after the last one (the first ever is at 1 s); returns the time of the last. */
    private long pulses(double... gapsMs) {
        if (now == 1_000 * MS) {
            pacer.pulse(now);
        }
        for (double gap : gapsMs) {
            now += (long) (gap * MS);
            pacer.pulse(now);
        }
        return now;
    }

    @Test
    void framesOnTimeLeaveTheEngineRunning() {
        long at = pulses(16.7, 16.6, 16.8, 20.5);
        assertEquals(0, pacer.yieldWindow());
        assertEquals(0, pacer.yieldWindowLeft(at));
    }

    @Test
    void eachLateFrameWidensTheWindowUpToTheMostAndItIsAtTheStartOfAFrame() {
        long at = pulses(40);
        assertEquals(2 * MS, pacer.yieldWindow());
        assertEquals(2 * MS, pacer.yieldWindowLeft(at));
        assertEquals(MS / 2, pacer.yieldWindowLeft(at + 3 * MS / 2));
        assertEquals(0, pacer.yieldWindowLeft(at + 2 * MS));
        pulses(21, 35, 50, 21, 60, 45);
        assertEquals(10 * MS, pacer.yieldWindow(), "five more late frames reach the most, a sixth adds nothing");
    }

    @Test
    void framesOnTimeNarrowTheWindowSlowly() {
        pulses(40);
        double[] onTime = new double[19];
        java.util.Arrays.fill(onTime, 16.7);
        pulses(onTime);
        assertEquals(2 * MS - 19 * 100_000L, pacer.yieldWindow());
        pulses(16.7, 16.7);
        assertEquals(0, pacer.yieldWindow());
    }

    @Test
    void reportsOfOnePulseFromSeveralTimersCountOnceAndAGapIsNoLateFrame() {
        for (List<Double> gaps : List.of(List.of(0.05, 0.02), List.of(300.0))) {
            pulses(gaps.stream().mapToDouble(Double::doubleValue).toArray());
            assertEquals(0, pacer.yieldWindow(), "gaps " + gaps);
        }
    }

    /** Which of the next pulses, each on time, show a picture. */
    private String pictures(int count) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < count; i++) {
            pulses(16.7);
            shown.append(pacer.picturePulse() ? 'P' : '-');
        }
        return shown.toString();
    }

    @Test
    void everyPulseShowsAPictureUntilLateFramesHaveWidenedTheWindowToTheMost() {
        assertEquals("PPPP", pictures(4));
        pulses(40, 40, 40, 40);
        assertEquals(8 * MS, pacer.yieldWindow());
        assertEquals("PPPP", pictures(4), "the engine yielding is tried first");
        assertFalse(pacer.halfRate());
    }

    @Test
    void thenEveryOtherPulseUntilALessonStopsPlaying() {
        pulses(40, 40, 40, 40, 40);
        assertTrue(pacer.halfRate());
        String shown = pictures(6);
        assertTrue(shown.equals("P-P-P-") || shown.equals("-P-P-P"), shown);
        double[] onTime = new double[200];
        java.util.Arrays.fill(onTime, 16.7);
        pulses(onTime);
        assertEquals(0, pacer.yieldWindow(), "frames on time again, the engine runs flat out");
        assertTrue(pacer.halfRate(), "and the pictures stay at half rate: at full rate the frames came late");
        pacer.fullRate();
        assertEquals("PPPP", pictures(4));
    }

    @Test
    void aLongCalmAtHalfRateTriesEveryPulseAgainAndLateFramesUndoIt() {
        pulses(40, 40, 40, 40, 40);
        assertTrue(pacer.halfRate());
        double[] calm = new double[100 + (int) FramePacer.RETRY_FULL_RATE_PULSES - 10];
        java.util.Arrays.fill(calm, 16.7);
        pulses(calm);
        assertEquals(0, pacer.yieldWindow());
        assertTrue(pacer.halfRate(), "not yet: " + FramePacer.RETRY_FULL_RATE_PULSES + " calm pulses first");
        double[] more = new double[10];
        java.util.Arrays.fill(more, 16.7);
        pulses(more);
        assertFalse(pacer.halfRate(), "after a long calm, every pulse again");
        assertEquals("PPPP", pictures(4));
        pulses(40, 40, 40, 40, 40);
        assertTrue(pacer.halfRate(), "late frames at full rate: back to half");
    }

    @Test
    void aPictureCanBeAskedForAtTheNextPulseWhateverItsTurn() {
        pulses(40, 40, 40, 40, 40);
        while (!pacer.picturePulse()) {
            pulses(16.7);
        }
        assertEquals("-P", pictures(2), "every other pulse");
        pacer.pictureAtNextPulse();
        assertEquals("PP", pictures(2), "the next one out of turn, then its own turn");
        assertEquals("-P", pictures(2), "and back to every other one");
    }

    @Test
    void atHalfRateTheEngineYieldsOnlyInFramesThatDrawAPicture() {
        pulses(40, 40, 40, 40, 40);
        long at = pulses(16.7);
        if (pacer.picturePulse()) {
            at = pulses(16.7);
        }
        assertFalse(pacer.picturePulse());
        assertEquals(0, pacer.yieldWindowLeft(at + MS), "nothing drawn: the engine runs on");
        at = pulses(16.7);
        assertTrue(pacer.picturePulse());
        assertTrue(pacer.yieldWindowLeft(at + MS) > 0, "a picture: room for the FX and render threads");
    }
}
