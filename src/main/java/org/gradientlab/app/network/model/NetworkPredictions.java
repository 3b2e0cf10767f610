package org.gradientlab.app.network.model;

import java.util.List;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.predict.PredictQuestion;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.engine.network.NetworkParameters;

/**
 * The Network lesson's questions and their true answers, from the engine's peek at the next
 * parameters and the cost there (never a formula worked again here). Pure.
 */
public final class NetworkPredictions {

    /** Which of w1, b1, w2, b2 moves most in the next update? */
    public static final PredictQuestion LARGEST = new PredictQuestion("Which parameter will change most?",
            "Which parameter will the update change most? Compare η·∂C/∂w for each, choose, then Reveal (Enter).",
            NetworkParameters.NAMES);
    /** Will the mean cost be lower or higher after the update? */
    public static final PredictQuestion COST = new PredictQuestion("Will the cost go up or down?",
            "After the update, will the cost C be lower or higher? Choose, then Reveal (Enter).", List.of("down", "up"));
    /** Both questions. */
    public static final List<PredictQuestion> QUESTIONS = List.of(LARGEST, COST);

    private NetworkPredictions() {
    }

    /** The parameter whose value the update changes most (by |new − old|; the first of equals). */
    public static String largestChange(NetworkParameters now, NetworkParameters next) {
        double[] before = now.toArray();
        double[] after = next.toArray();
        int largest = 0;
        for (int i = 1; i < NetworkParameters.COUNT; i++) {
            if (Math.abs(after[i] - before[i]) > Math.abs(after[largest] - before[largest])) {
                largest = i;
            }
        }
        return NetworkParameters.NAMES.get(largest);
    }

    /** "down" when the cost after is lower, "up" when higher, "the same" when equal. */
    public static String costDirection(double costNow, double costNext) {
        return costNext < costNow ? "down" : costNext > costNow ? "up" : "the same";
    }

    /** Each parameter's change to three digits, "Changes: w1 +0.00545, b1 ...", for the reveal. */
    public static String changes(NetworkParameters now, NetworkParameters next) {
        double[] before = now.toArray();
        double[] after = next.toArray();
        StringBuilder text = new StringBuilder("Changes:");
        for (int i = 0; i < NetworkParameters.COUNT; i++) {
            double change = after[i] - before[i];
            text.append(i == 0 ? " " : ", ").append(NetworkParameters.NAMES.get(i)).append(' ')
                    .append(change > 0 ? "+" : "").append(Numbers.format(change, 3));
        }
        return text.toString();
    }

    /**
     * Judges the chosen answer against the snapshot's peek; null (and the reason in the mode's
     * message) when there is nothing to reveal yet.
     */
    static PredictionRound judge(PredictMode mode, NetworkSnapshot now, double learningRate) {
        boolean paused = now != null && !now.playing();
        boolean hasNext = now != null && !now.diverged() && now.next() != null;
        double shownRate = now == null ? Double.NaN : now.learningRate();
        if (!mode.readyToJudge(paused, hasNext, shownRate, learningRate, "update")) {
            return null;
        }
        NetworkParameters before = now.current().parameters();
        String truth = mode.questionProperty().get() == LARGEST ? largestChange(before, now.next())
                : costDirection(now.current().cost(), now.nextCost());
        PredictionRound round = PredictionRound.choice(mode.questionProperty().get().name(),
                mode.choiceProperty().get(), truth);
        String why = mode.questionProperty().get() == LARGEST ? " " + changes(before, now.next())
                : " C: " + Numbers.format(now.current().cost()) + " → " + Numbers.format(now.nextCost());
        return new PredictionRound(round.question(), round.answer(), round.truth(), round.right(), round.detail() + why);
    }
}
