package org.gradientlab.app.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gradientlab.app.compare.CompareModel;
import org.gradientlab.app.compare.CompareSnapshot;
import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.compare.RunSpec;
import org.gradientlab.app.compare.RunStatus;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.expr.SurfaceExpression;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.surface.SurfaceNoise;
import org.gradientlab.engine.surface.SurfaceRun;
import org.gradientlab.engine.surface.SurfaceState;
import org.gradientlab.engine.surface.SurfaceStepper;
import org.junit.jupiter.api.Test;

/** Up to four optimizers racing on f(w1, w2): each raced run is the engine's own run, moved together. */
class SurfaceCompareTest {

    private static final OptimizerSettings GD = OptimizerSettings.DEFAULT;

    @Test
    void eachRacedRunFollowsASingleRunBitForBitWithTheLessonsNoise() throws Exception {
        SurfaceExpression f = SurfaceExpression.parse("(1 - w1)^2 + 100*(w2 - w1^2)^2");
        SurfaceNoise noise = new SurfaceNoise(0.5, 11);
        List<RunSpec> runs = List.of(new RunSpec(GD, 0.001), new RunSpec(GD.withName("momentum"), 0.001),
                new RunSpec(GD.withName("adam"), 0.05), new RunSpec(GD.withName("adagrad"), 0.3));
        CompareModel model = new CompareModel((slot, spec) -> new SurfaceComparedRun(slot, spec, f, noise, -1.2, 1),
                runs, 1, RunnerFactory.synchronous());
        SurfaceRun[] single = new SurfaceRun[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            OptimizerSettings settings = runs.get(i).optimizer();
            single[i] = new SurfaceRun(new SurfaceStepper(f.evaluator(), settings.create(), settings.schedule(), noise,
                    -1.2, 1), 100);
        }
        for (int k = 1; k <= 80; k++) {
            model.step();
            assertTrue(model.pullSnapshot());
            CompareSnapshot snapshot = model.snapshotProperty().get();
            assertEquals(4, snapshot.runs().size());
            for (int i = 0; i < runs.size(); i++) {
                RunPicture picture = snapshot.runs().get(i);
                assertEquals(RunStatus.RUNNING, picture.status(), "run " + i);
                single[i].step(runs.get(i).learningRate());
                SurfaceState expected = single[i].current();
                assertEquals(k, picture.step());
                assertEquals(expected.w1(), picture.x(), "run " + i + " w1 at step " + k);
                assertEquals(expected.w2(), picture.y(), "run " + i + " w2 at step " + k);
                assertEquals(expected.f(), picture.loss(), "run " + i + " f at step " + k);
            }
        }
        assertEquals(81, model.snapshotProperty().get().runs().get(2).trail().values()[0].length);
        model.close();
    }

    @Test
    void aBowlConvergesAndTooLargeARateDiverges() throws Exception {
        SurfaceExpression f = SurfaceExpression.parse("w1^2 + 10*w2^2");
        List<RunSpec> runs = List.of(new RunSpec(GD, 0.05), new RunSpec(GD, 0.2));
        CompareModel model = new CompareModel((slot, spec) -> new SurfaceComparedRun(slot, spec, f, SurfaceNoise.NONE,
                -4, 2), runs, 1, RunnerFactory.synchronous());
        model.togglePlay();
        model.playFor(100_000);
        model.pullSnapshot();
        List<RunPicture> pictures = model.snapshotProperty().get().runs();
        assertEquals(RunStatus.CONVERGED, pictures.get(0).status());
        assertEquals(RunStatus.DIVERGED, pictures.get(1).status());
        model.close();
    }
}
