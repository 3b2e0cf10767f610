package org.gradientlab.engine.descent;

import org.gradientlab.engine.sweep.SweepResult;
import org.gradientlab.engine.sweep.TrialProgress;
import org.gradientlab.engine.sweep.RateRegion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.GradientDescent;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;

/** The learning-rate sweep against single runs of the engine, and its regions on f = w^2 where the maths is known. */
class SweepTrialTest {

    private static final OptimizerSettings GD = OptimizerSettings.DEFAULT;

    private static DescentOutcome onSquare(double learningRate) {
        return DescentTrial.run(new WSquared(), new GradientDescent(), 1, learningRate, 1000, () -> false);
    }

    // Under gd on w^2 each update multiplies w by (1 - 2 lr).
    @Test
    void aRateThatShrinksWFastEnoughIsGood() {
        assertEquals(RateRegion.GOOD, onSquare(0.1).region());
        // 0.6: the factor is -0.2, so w alternates in sign but shrinks fast: converged, hence good.
        assertEquals(RateRegion.GOOD, onSquare(0.6).region());
    }

    @Test
    void aTinyRateMovesOneWayAndIsTooSmall() {
        // 0.9998^1000 is about 0.82: far from converged, every step towards 0.
        DescentOutcome outcome = onSquare(1e-4);
        assertEquals(RateRegion.TOO_SMALL, outcome.region());
        assertEquals(1000, outcome.steps());
    }

    @Test
    void aRateNearOneAlternatesWithoutSettlingAndIsOscillating() {
        // 0.999: the factor is -0.998 and 0.998^1000 is about 0.135; at 1 it is -1, w = +-1 for ever.
        assertEquals(RateRegion.OSCILLATING, onSquare(0.999).region());
        assertEquals(RateRegion.OSCILLATING, onSquare(1.0).region());
    }

    @Test
    void aRateAboveOneDiverges() {
        // The factor is -2: |w| = 2^k passes the runaway bound 1e12 at k = 40.
        DescentOutcome outcome = onSquare(1.5);
        assertEquals(RateRegion.DIVERGING, outcome.region());
        assertEquals(40, outcome.steps());
    }

    @Test
    void aNonFiniteUpdateDivergesAndKeepsTheLastFiniteState() throws Exception {
        Expression f = Expression.parse("exp(w^2)");
        // f'(3) = 6 e^9, so the first update sends w to about -48600 and exp(w^2) overflows.
        DescentOutcome outcome = DescentTrial.run(f.evaluator(), new GradientDescent(), 3, 1, 1000, () -> false);
        assertEquals(RateRegion.DIVERGING, outcome.region());
        assertEquals(1, outcome.steps());
        assertEquals(3, outcome.w());
        HandRun hand = new HandRun(f, GD, 3, 1, 1000);
        assertTrue(hand.diverged);
        assertEquals(hand.steps, outcome.steps());
    }

    @Test
    void everyRateOfASweepEqualsASingleRunAtThatRate() throws Exception {
        for (String name : new String[] {"gd", "momentum", "adam"}) {
            Expression f = Expression.parse("w^4 - 3*w^2 + w");
            LearningRateSweep sweep = new LearningRateSweep(f, GD.withName(name), 2, 1e-4, 10, 201, 1000);
            SweepResult result = sweep.run(TrialProgress.NONE, () -> false);
            assertEquals(201, result.outcomes().size());
            for (int i = 0; i < 201; i++) {
                DescentOutcome outcome = (DescentOutcome) result.outcomes().get(i);
                assertEquals(sweep.rateAt(i), outcome.learningRate());
                HandRun hand = new HandRun(f, GD.withName(name), 2, sweep.rateAt(i), 1000);
                String where = name + " at rate " + outcome.learningRate();
                assertEquals(hand.steps, outcome.steps(), where);
                assertEquals(hand.w, outcome.w(), where);
                assertEquals(hand.f, outcome.f(), where);
                assertEquals(hand.converged, outcome.region() == RateRegion.GOOD, where);
                assertEquals(hand.diverged, outcome.region() == RateRegion.DIVERGING, where);
            }
        }
    }

    @Test
    void aSweepOverWSquaredShowsAllFourRegionsInTheirOrder() throws Exception {
        LearningRateSweep sweep = new LearningRateSweep(Expression.parse("w^2"), GD, 1, 1e-4, 10, 201, 1000);
        SweepResult result = sweep.run(TrialProgress.NONE, () -> false);
        Set<RateRegion> seen = EnumSet.noneOf(RateRegion.class);
        result.spans().forEach(span -> seen.add(span.region()));
        assertEquals(EnumSet.allOf(RateRegion.class), seen);
        assertEquals(RateRegion.TOO_SMALL, result.spans().get(0).region());
        assertEquals(RateRegion.DIVERGING, result.spans().get(result.spans().size() - 1).region());
        // Rate 1 is the 161st of 201 (each power of ten is a rate): w = +-1 for ever.
        assertEquals(1.0, sweep.rateAt(160), 1e-12);
        assertEquals(RateRegion.OSCILLATING, result.outcomes().get(160).region());
        for (SweepResult.Span span : result.spans()) {
            assertTrue(span.fromRate() <= span.toRate(), span.toString());
        }
        assertEquals(sweep.rateAt(100), result.nearest(sweep.rateAt(100) * 1.01).learningRate());
    }

    @Test
    void aCancelledSweepStopsWithoutRunningEveryRate() throws Exception {
        AtomicInteger finished = new AtomicInteger();
        LearningRateSweep sweep = new LearningRateSweep(Expression.parse("w^4 - 3*w^2 + w"), GD, 2, 1e-4, 10, 201, 1000);
        SweepResult result = sweep.run((done, total) -> finished.incrementAndGet(), () -> finished.get() >= 5);
        assertTrue(!result.isComplete());
        assertTrue(result.outcomes().size() >= 5 && result.outcomes().size() < 201, "ran " + result.outcomes().size());
        assertEquals(finished.get(), result.outcomes().size());
    }

    @Test
    void aLongRunLooksAtTheCancelFlagEveryFewThousandSteps() {
        AtomicInteger looks = new AtomicInteger();
        // At rate 1e-12 w^2 never converges: only the flag can end this run of 2^31 - 1 updates.
        DescentOutcome outcome = DescentTrial.run(new WSquared(), new GradientDescent(), 1, 1e-12, Integer.MAX_VALUE,
                () -> looks.incrementAndGet() >= 2);
        assertNull(outcome);
        assertEquals(2, looks.get(), "stopped at the second look, after " + 2 * DescentTrial.CHECK_EVERY + " updates");
    }
}
