package org.gradientlab.app.descent.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gradientlab.app.compare.CompareModel;
import org.gradientlab.app.compare.CompareSnapshot;
import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.compare.RunSpec;
import org.gradientlab.app.compare.RunStatus;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.descent.DescentOutcome;
import org.gradientlab.engine.descent.DescentRun;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.descent.DescentTrial;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.sweep.RateRegion;
import org.junit.jupiter.api.Test;

/** Compared descent runs are the engine's own runs, moved together, and stop where the engine's trial says. */
class DescentCompareTest {

    private static final OptimizerSettings GD = OptimizerSettings.DEFAULT;
    private static final OptimizerSettings MOMENTUM = GD.withName("momentum");
    private static final OptimizerSettings ADAM = GD.withName("adam");

    private static Expression parse(String text) throws Exception {
        return Expression.parse(text);
    }

    private static CompareModel model(Expression f, double w0, List<RunSpec> runs) {
        return new CompareModel((slot, spec) -> new DescentComparedRun(slot, spec, f, w0), runs, 1,
                RunnerFactory.synchronous());
    }

    @Test
    void eachRunFollowsASingleEngineRunBitForBit() throws Exception {
        Expression f = parse("w^4 - 3*w^2 + w");
        double w0 = 2.2;
        List<RunSpec> runs = List.of(new RunSpec(GD, 0.01), new RunSpec(MOMENTUM, 0.03), new RunSpec(ADAM, 0.05));
        CompareModel model = model(f, w0, runs);
        DescentRun[] single = new DescentRun[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            single[i] = new DescentRun(f.evaluator(), runs.get(i).optimizer().create(), w0);
        }
        for (int k = 1; k <= 60; k++) {
            model.step();
            assertTrue(model.pullSnapshot());
            CompareSnapshot snapshot = model.snapshotProperty().get();
            for (int i = 0; i < runs.size(); i++) {
                RunPicture picture = snapshot.runs().get(i);
                if (picture.status() != RunStatus.RUNNING && picture.step() < k) {
                    continue;
                }
                single[i].step(runs.get(i).learningRate());
                DescentState expected = single[i].current();
                assertEquals(k, picture.step());
                assertEquals(Double.doubleToRawLongBits(expected.w()), Double.doubleToRawLongBits(picture.x()),
                        "run " + i + " w at step " + k);
                assertEquals(Double.doubleToRawLongBits(expected.f()), Double.doubleToRawLongBits(picture.loss()),
                        "run " + i + " f at step " + k);
            }
        }
        // The trail holds every step so far, the same values again.
        RunPicture momentum = model.snapshotProperty().get().runs().get(1);
        double[] trailW = momentum.trail().values()[0];
        assertEquals(61, trailW.length);
        assertEquals(single[1].current().w(), trailW[60]);
        assertEquals(w0, trailW[0]);
        model.close();
    }

    @Test
    void stepsToConvergeAndDivergeAreTheTrialsOwn() throws Exception {
        Object[][] cases = {
            {"w^2", 4.0, new RunSpec(GD, 0.1)},
            {"w^2", 4.0, new RunSpec(MOMENTUM, 0.1)},
            {"w^2", 4.0, new RunSpec(ADAM, 0.3)},
            {"w^4 - 3*w^2 + w", -0.5, new RunSpec(MOMENTUM, 0.02)},
            {"w^2", 4.0, new RunSpec(GD, 1.5)},
            {"w^4", 1e30, new RunSpec(GD, 1)},
            {"w^2", 0.0, new RunSpec(GD, 0.1)},
        };
        int converged = 0;
        int diverged = 0;
        for (Object[] c : cases) {
            Expression f = parse((String) c[0]);
            double w0 = (Double) c[1];
            RunSpec spec = (RunSpec) c[2];
            CompareModel model = model(f, w0, List.of(spec));
            model.togglePlay();
            model.playFor(1_000_000);
            model.pullSnapshot();
            RunPicture run = model.snapshotProperty().get().runs().get(0);
            DescentOutcome outcome = DescentTrial.run(f.evaluator(), spec.optimizer().create(), w0, spec.learningRate(),
                    1_000_000, () -> false);
            String what = c[0] + " from " + w0 + " " + spec.label();
            assertEquals(outcome.steps(), run.endedAt(), what);
            assertEquals(outcome.converged(), run.status() == RunStatus.CONVERGED, what);
            assertEquals(outcome.region() == RateRegion.DIVERGING, run.status() == RunStatus.DIVERGED, what);
            assertEquals(outcome.converged() ? outcome.steps() + "" : "diverged at step " + outcome.steps(),
                    run.convergeText(), what);
            converged += outcome.converged() ? 1 : 0;
            diverged += outcome.region() == RateRegion.DIVERGING ? 1 : 0;
            model.close();
        }
        assertEquals(5, converged, "cases that converge");
        assertEquals(2, diverged, "cases that diverge: one runs away, one leaves the finite numbers");
    }

    @Test
    void aRunThatStopsLeavesTheOthersGoing() throws Exception {
        Expression f = parse("w^2");
        CompareModel model = model(f, 4, List.of(new RunSpec(GD, 1.5), new RunSpec(GD, 0.001),
                new RunSpec(MOMENTUM, 0.1, false)));
        model.togglePlay();
        model.playFor(200);
        model.pullSnapshot();
        List<RunPicture> runs = model.snapshotProperty().get().runs();
        assertEquals(2, runs.size(), "a switched-off run is not run");
        assertEquals(RunStatus.DIVERGED, runs.get(0).status());
        assertTrue(runs.get(0).step() < 200);
        assertEquals(RunStatus.RUNNING, runs.get(1).status());
        assertEquals(200, runs.get(1).step());
        assertEquals("not yet", runs.get(1).convergeText());
        model.close();
    }
}
