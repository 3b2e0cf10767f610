package org.gradientlab.app.surface;

import java.util.List;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictQuestion;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.engine.surface.SurfaceState;

/**
 * The Surface lesson's questions and their true answers. The truth is the engine's peek at the
 * next point (the snapshot's nextW1, nextW2, for any optimizer and with the run's noise), never a
 * formula worked again here. Pure.
 */
public final class SurfacePredictions {

    /** Which way will the point move? One of the four quarters of the compass in (w1, w2). */
    public static final PredictQuestion DIRECTION = new PredictQuestion("Which way will the point move?",
            "Look at the contours: which way is downhill? Choose, then Reveal (Enter).",
            List.of("w1 up, w2 up", "w1 up, w2 down", "w1 down, w2 up", "w1 down, w2 down"));
    /** Where will the point land? The student clicks the map. */
    public static final PredictQuestion LANDING = new PredictQuestion("Where will the point land?",
            "Click the map where the point will be after the step, then Reveal (Enter).", List.of());
    /** Both questions, the direction first. */
    public static final List<PredictQuestion> QUESTIONS = List.of(DIRECTION, LANDING);

    private SurfacePredictions() {
    }

    /** "w1 up, w2 down" for a move; a coordinate that does not change counts as "down" only if it shrinks. */
    public static String direction(SurfaceState now, double nextW1, double nextW2) {
        return "w1 " + (nextW1 >= now.w1() ? "up" : "down") + ", w2 " + (nextW2 >= now.w2() ? "up" : "down");
    }

    /** A "which way" round: the truth is the direction of the engine's next point. */
    public static PredictionRound direction(String answer, SurfaceState now, double nextW1, double nextW2) {
        String truth = direction(now, nextW1, nextW2);
        PredictionRound round = PredictionRound.choice(DIRECTION.name(), answer, truth);
        String why = " The gradient is (" + Numbers.format(now.g1(), 3) + ", " + Numbers.format(now.g2(), 3)
                + "); plain descent moves against it, each coordinate against the sign of its own partial.";
        return new PredictionRound(round.question(), round.answer(), round.truth(), round.right(), round.detail() + why);
    }

    /** A "where will it land" round, within 10% of the step's length or {@code minTolerance}. */
    public static PredictionRound landing(double[] guess, SurfaceState now, double nextW1, double nextW2,
                                          double minTolerance) {
        return PredictionRound.place(LANDING.name(), new String[] {"w1", "w2"}, new double[] {now.w1(), now.w2()},
                guess, new double[] {nextW1, nextW2}, minTolerance);
    }

    /** Judges the guess; null (and the reason in the mode's message) when there is nothing to reveal yet. */
    static PredictionRound judge(PredictMode mode, SurfaceSnapshot now, double learningRate, double minTolerance) {
        boolean paused = now != null && !now.playing();
        boolean hasNext = now != null && Double.isFinite(now.nextW1()) && Double.isFinite(now.nextW2());
        double shownRate = now == null ? Double.NaN : now.learningRate();
        if (!mode.readyToJudge(paused, hasNext, shownRate, learningRate, "step")) {
            return null;
        }
        return mode.questionProperty().get() == LANDING
                ? landing(mode.guessProperty().get(), now.current(), now.nextW1(), now.nextW2(), minTolerance)
                : direction(mode.choiceProperty().get(), now.current(), now.nextW1(), now.nextW2());
    }
}
