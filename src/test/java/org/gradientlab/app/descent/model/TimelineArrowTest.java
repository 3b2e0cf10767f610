package org.gradientlab.app.descent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gradientlab.app.runner.RunnerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scrubbed back, the step arrow shows the recorded update, unless a new rate is chosen there (a branch's preview). */
class TimelineArrowTest {

    private final DescentModel lesson = new DescentModel(RunnerFactory.synchronous());

    @AfterEach
    void close() {
        lesson.close();
    }

    private DescentSnapshot now() {
        lesson.session().pullSnapshot();
        return lesson.session().snapshotProperty().get();
    }

    @Test
    void theArrowAtAnEarlierStepIsTheUpdateRecordedThere() {
        lesson.setFunction("(w - 1)^2 + 0.5");
        lesson.setStart(-2.5);
        lesson.session().learningRateProperty().set(0.1);
        double[] w = new double[9];
        w[0] = now().current().w();
        for (int k = 1; k <= 8; k++) {
            if (k == 6) {
                lesson.session().learningRateProperty().set(0.5);
            }
            lesson.session().step();
            w[k] = now().current().w();
        }
        lesson.session().timeline().show(2);
        assertEquals(w[3], now().nextW(), 0.0, "step 2's arrow ends where the recorded update at 0.1 went");
        lesson.session().timeline().show(6);
        assertEquals(w[7], now().nextW(), 0.0, "step 6's arrow is the update at 0.5 recorded there");
        DescentSnapshot shown;
        lesson.session().learningRateProperty().set(0.3);
        shown = now();
        assertEquals(shown.current().w() - 0.3 * shown.current().grad(), shown.nextW(), 0.0,
                "a rate chosen while scrubbed back previews the branch");
    }
}
