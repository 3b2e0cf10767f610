package org.gradientlab.app.regression.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gradientlab.app.compare.CompareModel;
import org.gradientlab.app.compare.CompareSnapshot;
import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.compare.RunSpec;
import org.gradientlab.app.compare.RunStatus;
import org.gradientlab.app.regression.model.BatchMode;
import org.gradientlab.app.regression.model.RegressionEngine;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.regression.model.RegressionSetup;
import org.gradientlab.app.regression.model.RegressionSnapshot;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.app.runner.TrainingRunner;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.RegressionRun;
import org.gradientlab.engine.regression.RegressionState;
import org.junit.jupiter.api.Test;

/** Compared regression runs are the engine's own runs, moved together, and stop where the lesson stops. */
class RegressionCompareTest {

    private static final OptimizerSettings GD = OptimizerSettings.DEFAULT;

    private static RegressionSetup lessonSetup(boolean scaled, BatchMode batch) {
        RegressionModel lesson = new RegressionModel(RunnerFactory.synchronous());
        lesson.scaleXProperty().set(scaled);
        lesson.batchModeProperty().set(batch);
        lesson.session().pullSnapshot();
        return lesson.session().snapshotProperty().get().setup();
    }

    private static CompareModel model(RegressionSetup setup, List<RunSpec> runs) {
        return new CompareModel((slot, spec) -> new RegressionComparedRun(slot, spec, setup), runs, 1,
                RunnerFactory.synchronous());
    }

    @Test
    void eachRunFollowsASingleEngineRunBitForBit() {
        for (BatchMode batch : new BatchMode[] {BatchMode.ALL, BatchMode.MINI_BATCH}) {
            RegressionSetup setup = lessonSetup(true, batch);
            List<RunSpec> runs = List.of(new RunSpec(GD, 0.01), new RunSpec(GD.withName("momentum"), 0.01),
                    new RunSpec(GD.withName("rmsprop"), 0.05), new RunSpec(GD.withName("adam"), 0.1));
            CompareModel model = model(setup, runs);
            RegressionRun[] single = new RegressionRun[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                single[i] = new RegressionRun(setup.problem(), runs.get(i).optimizer().create(), setup.startW0(),
                        setup.startW1());
            }
            for (int k = 1; k <= 40; k++) {
                model.step();
                model.pullSnapshot();
                CompareSnapshot snapshot = model.snapshotProperty().get();
                for (int i = 0; i < runs.size(); i++) {
                    RunPicture picture = snapshot.runs().get(i);
                    assertEquals(RunStatus.RUNNING, picture.status(), batch + " run " + i);
                    single[i].step(runs.get(i).learningRate());
                    RegressionState expected = single[i].current();
                    String where = batch + " run " + i + " step " + k;
                    assertEquals(Double.doubleToRawLongBits(expected.w0()), Double.doubleToRawLongBits(picture.x()), where);
                    assertEquals(Double.doubleToRawLongBits(expected.w1()), Double.doubleToRawLongBits(picture.y()), where);
                    assertEquals(Double.doubleToRawLongBits(expected.loss()), Double.doubleToRawLongBits(picture.loss()),
                            where);
                }
            }
            model.close();
        }
    }

    @Test
    void stepsToConvergeAreWhereTheLessonStops() {
        RegressionSetup setup = lessonSetup(true, BatchMode.ALL);
        for (RunSpec spec : List.of(new RunSpec(GD, 0.01), new RunSpec(GD.withName("momentum"), 0.01),
                new RunSpec(GD, 0.5))) {
            CompareModel model = model(setup, List.of(spec));
            model.togglePlay();
            model.playFor(1_000_000);
            model.pullSnapshot();
            RunPicture run = model.snapshotProperty().get().runs().get(0);
            // The lesson itself, with this run's optimizer, played until it stops by itself.
            RegressionSetup lessonRun = new RegressionSetup(setup.data(), setup.scaling(), setup.problem(),
                    spec.optimizer(), setup.startW0(), setup.startW1(), setup.statistics());
            TrainingRunner<RegressionSnapshot> lesson = TrainingRunner.synchronous(new RegressionEngine(lessonRun),
                    spec.learningRate());
            lesson.play();
            lesson.playFor(1_000_000);
            RegressionSnapshot stopped = lesson.takeSnapshot();
            String what = spec.label();
            assertTrue(stopped.converged() || stopped.diverged(), what + " stops in the lesson");
            assertEquals(stopped.converged(), run.status() == RunStatus.CONVERGED, what);
            assertEquals(stopped.diverged(), run.status() == RunStatus.DIVERGED, what);
            long lessonEnd = stopped.diverged() ? stopped.divergedAt() : stopped.current().step();
            assertEquals(lessonEnd, run.endedAt(), what);
            model.close();
        }
    }
}
