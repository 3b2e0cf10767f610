package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.gradientlab.app.descent.model.DescentLessons;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.network.model.NetworkLessons;
import org.gradientlab.app.network.model.NetworkModel;
import org.gradientlab.app.regression.model.RegressionLessons;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.surface.SurfaceLessons;
import org.gradientlab.app.surface.SurfaceModel;
import org.gradientlab.app.deepnet.DeepNetLessons;
import org.gradientlab.app.deepnet.DeepNetModel;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.io.lesson.DescentLesson;
import org.gradientlab.io.lesson.DeepNetworkLesson;
import org.gradientlab.io.lesson.LessonExamples;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;
import org.gradientlab.io.lesson.LessonFiles;
import org.gradientlab.io.lesson.NamedPoints;
import org.gradientlab.io.lesson.NetworkLesson;
import org.gradientlab.io.lesson.RegressionLesson;
import org.gradientlab.io.lesson.SurfaceLesson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lesson files through the lesson models (runners synchronous): open, apply, export, save, open again. */
class LessonRoundTripTest {

    private final DescentModel descent = new DescentModel(RunnerFactory.synchronous());
    private final NetworkModel network = new NetworkModel(RunnerFactory.synchronous());
    private final RegressionModel regression = new RegressionModel(RunnerFactory.synchronous());
    private final SurfaceModel surface = new SurfaceModel(RunnerFactory.synchronous());
    private final DeepNetModel deepNetwork = new DeepNetModel(RunnerFactory.synchronous());

    @TempDir
    Path folder;

    private static void fail(Throwable e) {
        throw new AssertionError(e);
    }

    @AfterEach
    void close() {
        descent.close();
        network.close();
        regression.close();
        surface.close();
        deepNetwork.close();
    }

    static java.util.List<LessonExamples.Example> examples() {
        return LessonExamples.ALL;
    }

    private LessonFile applyAndExport(LessonFile lesson) throws LessonFileException {
        switch (lesson.lesson()) {
            case DescentLesson.NAME -> {
                DescentLessons.apply(descent, lesson);
                return DescentLessons.export(descent);
            }
            case NetworkLesson.NAME -> {
                NetworkLessons.apply(network, lesson);
                return NetworkLessons.export(network);
            }
            case SurfaceLesson.NAME -> {
                SurfaceLessons.apply(surface, lesson);
                return SurfaceLessons.export(surface);
            }
            case DeepNetworkLesson.NAME -> {
                DeepNetLessons.apply(deepNetwork, lesson);
                return DeepNetLessons.export(deepNetwork);
            }
            default -> {
                RegressionLessons.apply(regression, lesson);
                return RegressionLessons.export(regression);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleSurvivesApplyExportSaveOpen(LessonExamples.Example example) throws Exception {
        LessonFile opened = LessonExamples.open(example);
        LessonFile exported = applyAndExport(opened);
        assertEquals(opened, exported, "the model holds everything the file says");
        Path saved = folder.resolve(example.file());
        LessonFiles.write(exported, saved);
        assertEquals(opened, LessonFiles.read(saved));
    }

    @Test
    void anAppliedDescentLessonRestartsFromItsStart() throws Exception {
        LessonFile lesson = new LessonFile(0.2, 5, OptimizerSettings.DEFAULT.withName("rmsprop"),
                new DescentLesson("sin(w) + w^2/4", 0.75));
        descent.session().step();
        DescentLessons.apply(descent, lesson);
        descent.session().pullSnapshot();
        assertEquals(0, descent.session().currentStep());
        assertEquals(0.75, descent.session().snapshotProperty().get().current().w());
        assertEquals("sin(w) + w^2/4", descent.functionProperty().get().source());
        assertEquals(lesson, DescentLessons.export(descent));
    }

    @Test
    void aNetworkLessonOnADataSetAndBackToThePair() throws Exception {
        NamedPoints and = new NamedPoints("AND-ish", new double[] {0, 1, 2}, new double[] {0, 0.5, 1});
        LessonFile onSet = new LessonFile(0.3, 2, OptimizerSettings.DEFAULT, new NetworkLesson(Cost.XENT,
                new NetworkParameters(1, -1, 0.5, 0.25), 0.7, 0.2, and));
        assertEquals(onSet, applyAndExport(onSet));
        assertEquals("AND-ish", network.dataProperty().get().name());
        LessonFile onPair = new LessonFile(0.3, 2, OptimizerSettings.DEFAULT, new NetworkLesson(Cost.MSE,
                new NetworkParameters(1, -1, 0.5, 0.25), 0.7, 0.2, null));
        assertEquals(onPair, applyAndExport(onPair));
        assertEquals(1, network.dataProperty().get().data().size());
    }

    @Test
    void aRegressionLessonKeepsEverySetting() throws Exception {
        LessonFile lesson = new LessonFile(0.001, Double.POSITIVE_INFINITY, OptimizerSettings.DEFAULT.withName("adam"),
                new RegressionLesson(new NamedPoints("five", new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 6}),
                        0.5, -1, Reduction.MEAN, RegressionLesson.Batch.MINI_BATCH, 2, 42, true));
        assertEquals(lesson, applyAndExport(lesson));
    }

    @Test
    void aBadLessonChangesNothing() throws Exception {
        LessonFile before = DescentLessons.export(descent);
        LessonFile badFunction = new LessonFile(0.1, 2, OptimizerSettings.DEFAULT, new DescentLesson("w^", 1));
        assertEquals("descent.function: unexpected end of input at column 3",
                assertThrows(LessonFileException.class, () -> DescentLessons.apply(descent, badFunction)).getMessage());
        LessonFile badStart = new LessonFile(0.1, 2, OptimizerSettings.DEFAULT, new DescentLesson("w^2 + 1", Double.NaN));
        assertThrows(LessonFileException.class, () -> DescentLessons.apply(descent, badStart));
        LessonFile other = LessonExamples.open(LessonExamples.ALL.get(4));
        assertEquals("this is a network lesson, not a descent one",
                assertThrows(LessonFileException.class, () -> DescentLessons.apply(descent, other)).getMessage());
        assertEquals(before, DescentLessons.export(descent));

        LessonFile regressionBefore = RegressionLessons.export(regression);
        LessonFile nanPoint = new LessonFile(0.1, 2, OptimizerSettings.DEFAULT, new RegressionLesson(
                new NamedPoints("bad", new double[] {1, Double.NaN}, new double[] {1, 2}), 0, 0, Reduction.SUM,
                RegressionLesson.Batch.ALL, 8, 1, false));
        assertEquals("regression.data.x[1]: NaN is not a finite number",
                assertThrows(LessonFileException.class, () -> RegressionLessons.apply(regression, nanPoint)).getMessage());
        assertEquals(regressionBefore, RegressionLessons.export(regression));
        assertNotEquals(regressionBefore.settings(), nanPoint.settings());
    }
}
