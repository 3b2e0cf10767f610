package org.gradientlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RecordedRatesTest {

    @Test
    void eachStepHasTheRateOfItsRunAndTheNewestNone() {
        RecordedRates rates = new RecordedRates();
        assertEquals(Double.NaN, rates.at(0));
        for (long step = 0; step < 10; step++) {
            rates.record(step, step < 4 ? 0.5 : step < 7 ? 0.25 : 0.5, 0);
        }
        double[] expected = {0.5, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.5, 0.5, 0.5, Double.NaN};
        for (int step = 0; step < expected.length; step++) {
            assertEquals(expected[step], rates.at(step), "step " + step);
        }
        assertEquals(Double.NaN, rates.at(-1));
    }

    @Test
    void dropFromForgetsThatStepAndLaterOnesAndRecordingGoesOnThere() {
        RecordedRates rates = new RecordedRates();
        for (long step = 5; step < 15; step++) {
            rates.record(step, step < 10 ? 1 : 2, 5);
        }
        rates.dropFrom(10);
        assertEquals(1, rates.at(9));
        assertEquals(Double.NaN, rates.at(10));
        assertThrows(IllegalArgumentException.class, () -> rates.record(11, 3, 5));
        rates.record(10, 3, 5);
        assertEquals(3, rates.at(10));
        assertEquals(1, rates.at(5));
        rates.dropFrom(5);
        assertEquals(Double.NaN, rates.at(5));
        rates.record(2, 7, 2);
        assertEquals(7, rates.at(2));
    }

    @Test
    void aRateChangedAtEveryStepKeepsOnlyTheStepsStillKept() {
        RecordedRates rates = new RecordedRates();
        for (long step = 0; step < 100_000; step++) {
            // The history keeps the last 100 steps.
            rates.record(step, step % 2 == 0 ? 0.1 : 0.2, Math.max(0, step - 99));
        }
        for (long step = 99_900; step < 100_000; step++) {
            assertEquals(step % 2 == 0 ? 0.1 : 0.2, rates.at(step), "step " + step);
        }
        assertEquals(Double.NaN, rates.at(0), "forgotten with the rows");
    }
}
