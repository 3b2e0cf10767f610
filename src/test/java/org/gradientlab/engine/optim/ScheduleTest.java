package org.gradientlab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.engine.optim.Schedule.Kind;
import org.junit.jupiter.api.Test;

/** SPEC section 2's schedules at hand-worked steps. */
class ScheduleTest {

    @Test
    void constantLeavesTheRateAsItIs() {
        for (double lr : new double[] {0.1, 0.3, 1e-300, 7.123456789}) {
            for (long t = 1; t < 1000; t += 37) {
                assertEquals(Double.doubleToRawLongBits(lr), Double.doubleToRawLongBits(Schedule.CONSTANT.rate(lr, t)));
            }
        }
        assertTrue(Schedule.CONSTANT.isConstant());
    }

    @Test
    void stepHalvesEveryDSteps() {
        Schedule step = new Schedule(Kind.STEP, 0.5, 2, 0, 0);
        // floor((t-1)/2): 0, 0, 1, 1, 2
        double[] expected = {1, 1, 0.5, 0.5, 0.25};
        for (int t = 1; t <= 5; t++) {
            assertEquals(expected[t - 1], step.factor(t), "t = " + t);
            assertEquals(0.8 * expected[t - 1], step.rate(0.8, t), "t = " + t);
        }
    }

    @Test
    void expMultipliesByGammaEveryStep() {
        Schedule exp = new Schedule(Kind.EXP, 0.1, 100, 0, 0);
        assertEquals(1, exp.factor(1));
        assertEquals(0.1, exp.factor(2));
        assertEquals(Math.pow(0.1, 4), exp.factor(5));
    }

    @Test
    void cosineFallsFromOneToTheMinimumOverDStepsAndStays() {
        Schedule cosine = new Schedule(Kind.COSINE, 0.5, 4, 0, 0);
        assertEquals(1, cosine.factor(1));
        // cos(pi/2) is 6e-17, lost against the 1 it is added to
        assertEquals(0.5, cosine.factor(3));
        assertEquals(0, cosine.factor(5));
        assertEquals(0, cosine.factor(500), "past D the rate stays at the minimum");
        Schedule floor = new Schedule(Kind.COSINE, 0.5, 4, 0.2, 0);
        assertEquals(0.2, floor.factor(5), 1e-17);
        assertEquals(0.2 + 0.8 * 0.5, floor.factor(3), 1e-16);
    }

    @Test
    void warmupRisesLinearlyOverWStepsWithAnySchedule() {
        Schedule warm = new Schedule(Kind.CONSTANT, 0.5, 100, 0, 4);
        assertEquals(0.25, warm.rate(1, 1));
        assertEquals(0.5, warm.rate(1, 2));
        assertEquals(1, warm.rate(1, 4));
        assertEquals(1, warm.rate(1, 40));
        Schedule warmStep = new Schedule(Kind.STEP, 0.5, 2, 0, 4);
        // t = 3: m = 0.5, warm-up 3/4
        assertEquals(2 * 0.5 * 0.75, warmStep.rate(2, 3));
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Kind.STEP, 0, 100, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Kind.STEP, Double.NaN, 100, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Kind.STEP, 0.5, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Kind.COSINE, 0.5, 100, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Kind.COSINE, 0.5, 100, -0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Kind.CONSTANT, 0.5, 100, 0, -1));
        assertEquals("unknown schedule 'linear' (expected constant, step, exp, cosine)",
                assertThrows(IllegalArgumentException.class, () -> Kind.parse("linear")).getMessage());
    }
}
