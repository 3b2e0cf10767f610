package org.gradientlab.app.descent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.app.runner.TimelinePosition;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.descent.DescentRun;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Branch from here with another optimizer: the continuation is, bit for bit, a fresh run started
 * at w_k with the new optimizer (zero state, its t from 1), numbered on from k; the ghost is the
 * first run's rows k..newest; the rows before k stay in the table exactly as they were.
 */
class DescentOptimizerBranchTest {

    private static final String F = "w^4 - 3*w^2 + w";
    private static final double W0 = 1.7;
    private static final int STEPS = 40;
    private static final int K = 17;
    private static final int MORE = 30;
    private static final double RATE = 0.01;
    private static final double NEW_RATE = 0.02;

    private static OptimizerSettings settings(String name) {
        return OptimizerSettings.DEFAULT.withName(name);
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static void assertSameBits(DescentState expected, DescentState actual, long step, String what) {
        assertEquals(step, actual.step(), what + ": step number");
        assertEquals(bits(expected.w()), bits(actual.w()), what + ": w at " + step);
        assertEquals(bits(expected.f()), bits(actual.f()), what + ": f at " + step);
        assertEquals(bits(expected.grad()), bits(actual.grad()), what + ": f' at " + step);
    }

    @ParameterizedTest
    @CsvSource({"gd, momentum", "momentum, adam", "adam, rmsprop", "momentum, gd", "adam, adam"})
    void theBranchIsAFreshRunFromWkAndTheGhostIsTheFirstRun(String first, String next) throws Exception {
        Expression f = Expression.parse(F);
        DescentEngine engine = new DescentEngine(f, settings(first), W0);
        List<DescentSnapshot> firstRun = new ArrayList<>(List.of(engine.snapshot(false, RATE)));
        for (int i = 0; i < STEPS; i++) {
            assertTrue(engine.step(RATE));
            firstRun.add(engine.snapshot(false, RATE));
        }
        engine.show(K);
        assertTrue(engine.isScrubbed());
        Trace ghost = engine.branchAt(K);
        DescentEngine branch = engine.continueWith(settings(next));

        assertNotNull(ghost);
        assertEquals(STEPS - K + 1, ghost.steps().length);
        for (int i = 0; i < ghost.steps().length; i++) {
            DescentState was = firstRun.get(K + i).current();
            assertEquals(K + i, (long) ghost.steps()[i]);
            assertEquals(bits(was.w()), bits(ghost.values()[0][i]), "ghost w at " + (K + i));
            assertEquals(bits(was.f()), bits(ghost.values()[1][i]), "ghost f at " + (K + i));
        }

        DescentState wk = firstRun.get(K).current();
        DescentRun fresh = new DescentRun(f.evaluator(), settings(next).create(), wk.w());
        assertEquals(K, branch.shownStep());
        assertEquals(K, branch.firstKeptStep(), "the timeline of the branch starts at k");
        for (int i = 0; i <= MORE; i++) {
            DescentSnapshot now = branch.snapshot(false, NEW_RATE);
            assertSameBits(new DescentState(K + i, fresh.current().w(), fresh.current().f(), fresh.current().grad()),
                    now.current(), K + i, first + " -> " + next);
            assertEquals(bits(fresh.peekNextW(NEW_RATE)), bits(now.nextW()), "the step arrow at " + (K + i));
            if (i < MORE) {
                assertTrue(fresh.step(NEW_RATE));
                assertTrue(branch.step(NEW_RATE));
            }
        }
        // Step back inside the branch restores its fresh optimizer state exactly.
        assertTrue(branch.stepBack());
        assertEquals(bits(fresh.state(MORE - 1).w()), bits(branch.snapshot(false, NEW_RATE).current().w()));

        // The table keeps the first run's rows before k, exactly, then the branch's.
        List<StepRow> rows = branch.snapshot(false, NEW_RATE).recent();
        assertEquals(0, rows.get(0).step());
        for (int k = 0; k < K; k++) {
            DescentState was = firstRun.get(k).current();
            assertEquals(k, rows.get(k).step());
            assertEquals(bits(was.w()), bits(rows.get(k).w()));
            assertEquals(RATE, rows.get(k).learningRate());
            assertEquals(firstRun.get(k + 1).current().w() - was.w(), rows.get(k).stepTaken());
        }
        assertEquals(K, rows.get(K).step());
        assertEquals(NEW_RATE, rows.get(K).learningRate(), "the first update of the branch");
        assertFalse(branch.snapshot(false, NEW_RATE).status().toString().isEmpty());
    }

    @Test
    void adamsBiasCorrectionInTheEwmaStripCountsFromTheBranch() throws Exception {
        Expression f = Expression.parse(F);
        DescentEngine engine = new DescentEngine(f, settings("gd"), W0);
        for (int i = 0; i < STEPS; i++) {
            engine.step(RATE);
        }
        engine.show(K);
        engine.branchAt(K);
        DescentEngine branch = engine.continueWith(settings("adam"));
        DescentEngine fresh = new DescentEngine(f, settings("adam"),
                engine.snapshot(false, RATE).current().w());
        for (int i = 0; i < 5; i++) {
            branch.step(RATE);
            fresh.step(RATE);
        }
        EwmaWindow b = branch.snapshot(false, RATE).ewma();
        EwmaWindow a = fresh.snapshot(false, RATE).ewma();
        assertEquals(5, b.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, b.steps()[i], "the strip's axis is the optimizer's t, from 1 at the branch");
            assertEquals(a.steps()[i], b.steps()[i]);
            assertEquals(bits(a.ewma()[i]), bits(b.ewma()[i]));
            assertEquals(bits(a.corrected()[i]), bits(b.corrected()[i]), "m / (1 - beta1^t), t from 1");
        }
    }

    /** The model: a change while scrubbed back waits for Branch; live, or going live, it restarts. */
    @Test
    void aNewOptimizerWaitsForBranchWhileScrubbedBackAndRestartsWhenLive() {
        DescentModel model = new DescentModel(RunnerFactory.synchronous());
        try {
            for (int i = 0; i < 10; i++) {
                model.session().step();
            }
            model.session().pullSnapshot();
            DescentState w4 = model.session().snapshotProperty().get().recent().get(4).step() == 4
                    ? stateOf(model.session().snapshotProperty().get().recent().get(4)) : null;
            model.session().timeline().show(4);
            model.session().pullSnapshot();
            model.session().optimizerProperty().set(settings("momentum"));
            model.session().pullSnapshot();
            TimelinePosition at = model.session().timeline().position();
            assertEquals(10, at.newest(), "no restart while scrubbed back");
            assertEquals(4, at.shown());
            assertEquals(settings("momentum"), model.session().optimizerBranch().pending());

            model.session().timeline().branch();
            model.session().pullSnapshot();
            assertNull(model.session().optimizerBranch().pending());
            at = model.session().timeline().position();
            assertEquals(4, at.newest());
            assertNotNull(at.ghost());
            model.session().step();
            model.session().pullSnapshot();
            double rate = model.session().learningRateProperty().get();
            double v = (1 - 0.9) * w4.grad();
            assertEquals(w4.w() - rate * v, model.session().snapshotProperty().get().current().w(), 0.0, "one fresh momentum step");
            assertEquals(5, model.session().snapshotProperty().get().current().step());

            // Live: a new optimizer restarts from w0, as before.
            model.session().optimizerProperty().set(settings("adam"));
            model.session().pullSnapshot();
            assertEquals(0, model.session().timeline().position().newest());
            assertNull(model.session().timeline().position().ghost());

            // Scrubbed back, changed, then Live instead of Branch: it restarts with the new one.
            for (int i = 0; i < 6; i++) {
                model.session().step();
            }
            model.session().pullSnapshot();
            model.session().timeline().show(2);
            model.session().pullSnapshot();
            model.session().optimizerProperty().set(settings("rmsprop"));
            model.session().timeline().live();
            model.session().pullSnapshot();
            model.session().pullSnapshot();
            assertEquals(0, model.session().timeline().position().newest(), "going live restarts with the new optimizer");
            assertNull(model.session().optimizerBranch().pending());
        } finally {
            model.close();
        }
    }

    private static DescentState stateOf(StepRow row) {
        return new DescentState(row.step(), row.w(), row.f(), row.grad());
    }
}
