package org.gradientlab.app.descent.model;

import java.util.List;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictQuestion;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.engine.descent.DescentState;

/**
 * The Descent lesson's questions and their true answers. The truth is the engine's peek at the
 * next w (the snapshot's nextW, for any optimizer), never a formula worked again here. Pure.
 */
public final class DescentPredictions {

    /** Where will w land after the step? The student places a ghost marker on the w axis. */
    public static final PredictQuestion LANDING = new PredictQuestion("Where will w land?",
            "Drag the ghost marker (or click the chart) to where w will be after the step, then Reveal (Enter).",
            List.of());
    /** The simpler question: which way will w move? */
    public static final PredictQuestion DIRECTION = new PredictQuestion("Which way will w move?",
            "Will w move left or right? Look at the slope, choose, then Reveal (Enter).", List.of("left", "right"));
    /** Both questions, the placed one first. */
    public static final List<PredictQuestion> QUESTIONS = List.of(LANDING, DIRECTION);

    private DescentPredictions() {
    }

    /** Which way the step moves w: "right" when it grows, "left" when it shrinks, "nowhere" when it stays. */
    public static String direction(double w, double nextW) {
        return nextW > w ? "right" : nextW < w ? "left" : "nowhere";
    }

    /** A "which way" round: the truth is the direction of the engine's next w. */
    public static PredictionRound direction(String answer, DescentState now, double nextW) {
        String truth = direction(now.w(), nextW);
        PredictionRound round = PredictionRound.choice(DIRECTION.name(), answer, truth);
        String why = " The slope f′(w) = " + org.gradientlab.app.look.Numbers.format(now.grad(), 3)
                + (now.grad() > 0 ? " is positive (uphill to the right), so downhill is left."
                : now.grad() < 0 ? " is negative (uphill to the left), so downhill is right." : " is 0.");
        String downhill = now.grad() > 0 ? "left" : now.grad() < 0 ? "right" : "nowhere";
        if (!downhill.equals(truth)) {
            // Momentum, say, can carry w on uphill: the truth is the optimizer's step, not the slope's.
            why += " But the optimizer's own state (a velocity, say) carried w " + truth + ".";
        }
        return new PredictionRound(round.question(), round.answer(), round.truth(), round.right(),
                round.detail() + why);
    }

    /**
     * Judges the guess against the snapshot's true next w; null (and the reason in the mode's
     * message) when there is nothing to reveal yet: no answer, playing, diverged, or a new rate
     * still on its way to the runner.
     */
    static PredictionRound judge(PredictMode mode, DescentSnapshot now, double learningRate, double minTolerance) {
        boolean paused = now != null && !now.playing();
        boolean hasNext = now != null && Double.isFinite(now.nextW());
        double shownRate = now == null ? Double.NaN : now.learningRate();
        if (!mode.readyToJudge(paused, hasNext, shownRate, learningRate, "step")) {
            return null;
        }
        return mode.questionProperty().get() == LANDING
                ? landing(mode.guessProperty().get()[0], now.current(), now.nextW(), minTolerance)
                : direction(mode.choiceProperty().get(), now.current(), now.nextW());
    }

    /**
     * A "where will w land" round: right within 10% of the step's length, or within
     * {@code minTolerance} (a few pixels of the chart, in w units) for tiny steps.
     */
    public static PredictionRound landing(double guessW, DescentState now, double nextW, double minTolerance) {
        return PredictionRound.place(LANDING.name(), new String[] {"w"}, new double[] {now.w()},
                new double[] {guessW}, new double[] {nextW}, minTolerance);
    }
}
