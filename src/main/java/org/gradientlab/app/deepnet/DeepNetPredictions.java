package org.gradientlab.app.deepnet;

import java.util.List;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictQuestion;
import org.gradientlab.app.predict.PredictionRound;

/**
 * The Deep network lesson's questions and their true answers, from the engine's numbers (the peek
 * at the cost after the next update, the per-layer gradient sizes). Pure.
 */
public final class DeepNetPredictions {

    /** Will the mean cost be lower or higher after the update? */
    public static final PredictQuestion COST = new PredictQuestion("Will the cost go up or down?",
            "After the update, will the cost C be lower or higher? Choose, then Reveal (Enter).", List.of("down", "up"));
    /** Which layer's weights have the larger gradient: the first or the last? */
    public static final PredictQuestion LAYER = new PredictQuestion("First or last layer: larger gradient?",
            "Which layer's weights have the larger gradient |∂C/∂W| now: the first layer or the last (output) one? "
                    + "Choose, then Reveal (Enter).", List.of("first layer", "last layer"));
    /** Both questions. */
    public static final List<PredictQuestion> QUESTIONS = List.of(COST, LAYER);

    private DeepNetPredictions() {
    }

    /** "down" when the cost after is lower, "up" when higher, "the same" when equal. */
    public static String costDirection(double costNow, double costNext) {
        return costNext < costNow ? "down" : costNext > costNow ? "up" : "the same";
    }

    /** "first layer" when |dC/dW_1| is at least |dC/dW_L|, else "last layer". */
    public static String largerLayer(double[] gradientNorm) {
        return gradientNorm[1] >= gradientNorm[gradientNorm.length - 1] ? "first layer" : "last layer";
    }

    static PredictionRound judge(PredictMode mode, DeepNetSnapshot now, double learningRate) {
        boolean paused = now != null && !now.playing();
        boolean hasNext = now != null && !now.diverged() && !Double.isNaN(now.nextCost());
        double shownRate = now == null ? Double.NaN : now.learningRate();
        if (!mode.readyToJudge(paused, hasNext, shownRate, learningRate, "update")) {
            return null;
        }
        boolean cost = mode.questionProperty().get() == COST;
        String truth = cost ? costDirection(now.cost(), now.nextCost()) : largerLayer(now.gradientNorm());
        PredictionRound round = PredictionRound.choice(mode.questionProperty().get().name(),
                mode.choiceProperty().get(), truth);
        int last = now.gradientNorm().length - 1;
        String why = cost ? " C: " + Numbers.format(now.cost()) + " → " + Numbers.format(now.nextCost())
                : " |∂C/∂W1| = " + Numbers.format(now.gradientNorm()[1]) + ", |∂C/∂W" + last + "| = "
                        + Numbers.format(now.gradientNorm()[last]);
        return new PredictionRound(round.question(), round.answer(), round.truth(), round.right(), round.detail() + why);
    }
}
