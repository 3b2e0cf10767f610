package org.gradientlab.app.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.network.model.NetworkData;
import org.gradientlab.app.network.model.NetworkModel;
import org.gradientlab.app.regression.model.BatchMode;
import org.gradientlab.app.regression.model.RegressionData;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.cli.Cli;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.io.export.AtomicFile;
import org.gradientlab.io.export.StepsTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Export > Steps as CSV writes, for the steps a lesson kept, byte for byte what the lesson's
 * headless command writes with the same settings (the models run synchronously, no window).
 */
class ExportStepsCsvTest {

    @TempDir
    Path folder;

    private byte[] exported(Playback lesson) throws Exception {
        AtomicReference<StepsTable> table = new AtomicReference<>();
        lesson.keptSteps(table::set);
        assertNotNull(table.get());
        Path file = folder.resolve("steps.csv");
        AtomicFile.write(file, table.get()::writeCsv);
        return Files.readAllBytes(file);
    }

    private static byte[] command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private Path dataFile(String text) throws Exception {
        return Files.writeString(folder.resolve("data.csv"), text);
    }

    @Test
    void descentStepsEqualTheDescentCommand() throws Exception {
        DescentModel lesson = new DescentModel(RunnerFactory.synchronous());
        try {
            lesson.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("adam"));
            lesson.setFunction("w^4 - 3*w^2 + w");
            lesson.setStart(2);
            lesson.session().learningRateProperty().set(0.05);
            for (int i = 0; i < 25; i++) {
                lesson.session().step();
            }
            lesson.session().stepBack();
            byte[] csv = exported(lesson.session());
            byte[] expected = command("descent", "--f", "w^4 - 3*w^2 + w", "--w0", "2", "--lr", "0.05",
                    "--optimizer", "adam", "--steps", "24");
            assertEquals(new String(expected, StandardCharsets.US_ASCII), new String(csv, StandardCharsets.US_ASCII));
            assertArrayEquals(expected, csv);
            assertEquals(26, new String(csv, StandardCharsets.US_ASCII).split("\n").length);
        } finally {
            lesson.close();
        }
    }

    @Test
    void networkStepsEqualTheNetworkCommandOnTheSameData() throws Exception {
        NetworkModel lesson = new NetworkModel(RunnerFactory.synchronous());
        try {
            lesson.dataProperty().set(NetworkData.NOT_GATE);
            lesson.costProperty().set(Cost.XENT);
            lesson.session().learningRateProperty().set(0.8);
            for (int i = 0; i < 30; i++) {
                lesson.session().step();
            }
            Path data = dataFile("x,y\n0,1\n1,0\n");
            byte[] expected = command("network", "--data", data.toString(), "--w1", "0.5", "--b1", "0", "--w2", "-0.3",
                    "--b2", "0", "--lr", "0.8", "--cost", "xent", "--steps", "30");
            assertArrayEquals(expected, exported(lesson.session()));
        } finally {
            lesson.close();
        }
    }

    @Test
    void regressionStepsEqualTheRegressionCommandOnTheSameData() throws Exception {
        RegressionModel lesson = new RegressionModel(RunnerFactory.synchronous());
        try {
            DataSet points = new DataSet(new double[] {0.5, 1, 1.5, 2, 3.25}, new double[] {1.2, 2.1, 2.9, 4.2, 6.5});
            lesson.setData(new RegressionData("test", points));
            lesson.reductionProperty().set(Reduction.MEAN);
            lesson.batchModeProperty().set(BatchMode.MINI_BATCH);
            lesson.miniBatchSizeProperty().set(2);
            lesson.seedProperty().set(7);
            lesson.session().optimizerProperty().set(OptimizerSettings.DEFAULT.withName("momentum"));
            lesson.setStart(0.5, -1);
            lesson.session().learningRateProperty().set(0.1);
            for (int i = 0; i < 40; i++) {
                lesson.session().step();
            }
            Path data = dataFile("x,y\n0.5,1.2\n1,2.1\n1.5,2.9\n2,4.2\n3.25,6.5\n");
            byte[] expected = command("regression", "--data", data.toString(), "--w0", "0.5", "--w1", "-1",
                    "--lr", "0.1", "--reduction", "mean", "--batch", "2", "--seed", "7", "--optimizer", "momentum",
                    "--steps", "40");
            assertArrayEquals(expected, exported(lesson.session()));
        } finally {
            lesson.close();
        }
    }
}
