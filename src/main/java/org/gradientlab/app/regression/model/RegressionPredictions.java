package org.gradientlab.app.regression.model;

import java.util.List;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictQuestion;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.engine.regression.RegressionState;

/**
 * The Regression lesson's questions and their true answers, from the engine's peek at the next
 * (w0, w1) (never a formula worked again here). Pure.
 */
public final class RegressionPredictions {

    /** Where will (w0, w1) go on the loss surface? The student clicks the contour chart. */
    public static final PredictQuestion LANDING = new PredictQuestion("Where will (w0, w1) go?",
            "Click the loss surface where (w0, w1) will be after the step, then Reveal (Enter).", List.of());
    /** The simpler question: will the fitted line get steeper or flatter? */
    public static final PredictQuestion SLOPE = new PredictQuestion("Steeper or flatter line?",
            "Will the line get steeper or flatter after the step? Choose, then Reveal (Enter).",
            List.of("steeper", "flatter"));
    /** Both questions, the placed one first. */
    public static final List<PredictQuestion> QUESTIONS = List.of(LANDING, SLOPE);

    private RegressionPredictions() {
    }

    /** "steeper" when |slope| grows, "flatter" when it shrinks, "the same" when equal (slopes in the data's x units). */
    public static String slopeChange(double slopeNow, double slopeNext) {
        double now = Math.abs(slopeNow);
        double next = Math.abs(slopeNext);
        return next > now ? "steeper" : next < now ? "flatter" : "the same";
    }

    /** A placed guess against the next (w0, w1): right within 10% of the step's length, or minTolerance. */
    public static PredictionRound landing(double[] guess, RegressionState now, RegressionState next,
                                          double minTolerance) {
        return PredictionRound.place(LANDING.name(), new String[] {"w0", "w1"}, new double[] {now.w0(), now.w1()},
                guess, new double[] {next.w0(), next.w1()}, minTolerance);
    }

    /**
     * Judges the guess against the snapshot's peek; null (and the reason in the mode's message)
     * when there is nothing to reveal yet.
     */
    static PredictionRound judge(PredictMode mode, RegressionSnapshot now, double learningRate, double minTolerance) {
        boolean paused = now != null && !now.playing();
        boolean hasNext = now != null && !now.diverged() && now.next() != null;
        double shownRate = now == null ? Double.NaN : now.learningRate();
        if (!mode.readyToJudge(paused, hasNext, shownRate, learningRate, "step")) {
            return null;
        }
        if (mode.questionProperty().get() == LANDING) {
            return landing(mode.guessProperty().get(), now.current(), now.next(), minTolerance);
        }
        RegressionSetup setup = now.setup();
        double slopeNow = setup.originalW1(now.current().w1());
        double slopeNext = setup.originalW1(now.next().w1());
        PredictionRound round = PredictionRound.choice(SLOPE.name(), mode.choiceProperty().get(),
                slopeChange(slopeNow, slopeNext));
        return new PredictionRound(round.question(), round.answer(), round.truth(), round.right(), round.detail()
                + " The slope goes " + Numbers.format(slopeNow, 4) + " → " + Numbers.format(slopeNext, 4) + ".");
    }
}
