package org.gradientlab.app.descent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.cli.Cli;
import org.gradientlab.io.export.StepsTable;
import org.junit.jupiter.api.Test;

/** Steps as CSV while the timeline shows an earlier step: every kept step, as when live. */
class TimelineExportTest {

    private static String csv(DescentModel lesson) throws Exception {
        AtomicReference<StepsTable> table = new AtomicReference<>();
        lesson.session().keptSteps(table::set);
        assertNotNull(table.get());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.get().writeCsv(out);
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void aLessonScrubbedBackStillExportsEveryKeptStep() throws Exception {
        DescentModel lesson = new DescentModel(RunnerFactory.synchronous());
        try {
            lesson.setFunction("w^4 - 3*w^2 + w");
            lesson.setStart(2);
            lesson.session().learningRateProperty().set(0.05);
            for (int i = 0; i < 10; i++) {
                lesson.session().step();
            }
            String live = csv(lesson);
            lesson.session().timeline().show(3);
            lesson.session().pullSnapshot();
            assertEquals(3, lesson.session().currentStep(), "the timeline shows step 3");
            assertEquals(live, csv(lesson), "steps 0 to 10, as when live");
            ByteArrayOutputStream command = new ByteArrayOutputStream();
            assertEquals(0, Cli.run(new String[] {"descent", "--f", "w^4 - 3*w^2 + w", "--w0", "2", "--lr", "0.05",
                "--steps", "10"}, new PrintStream(command, true, StandardCharsets.UTF_8), System.err));
            assertEquals(command.toString(StandardCharsets.US_ASCII), live);
        } finally {
            lesson.close();
        }
    }
}
