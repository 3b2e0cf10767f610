package org.gradientlab.app.predict;

import java.util.Locale;
import org.gradientlab.app.look.Numbers;

/**
 * One round of "Predict, then reveal": the question, the student's answer, the true answer (from
 * the engine's peek at the next step) and whether the answer counts as right, with a sentence for
 * the score panel. Pure and immutable; the lessons' prediction classes make the rounds.
 *
 * @param question the question asked
 * @param answer   the student's answer, in words ("left", "w = 1.23")
 * @param truth    the true answer, in words
 * @param right    whether the answer counts as right
 * @param detail   the comparison a person reads after the reveal
 */
public record PredictionRound(String question, String answer, String truth, boolean right, String detail) {

    /** Share of the step's length a placed guess may be off and still count as right. */
    public static final double TOLERANCE_SHARE = 0.10;

    /** A question with a few answers (left/right, up/down, w1/b1/w2/b2): right when the answers are equal. */
    public static PredictionRound choice(String question, String answer, String truth) {
        boolean right = answer.equals(truth);
        return new PredictionRound(question, answer, truth, right,
                (right ? "Right: " : "Not this time: ") + "you said " + answer + ", it was " + truth + ".");
    }

    /**
     * A guessed place (one or two coordinates) against the true next place. The guess counts as
     * right when it is no farther from the truth than 10% of the step's length, or than
     * {@code minTolerance} (a few pixels in data units, so a tiny step can still be hit).
     *
     * @param names the coordinates' names ("w", or "w0", "w1")
     * @param from  where the step starts
     * @param guess where the student put it
     * @param truth where the engine says the step lands
     */
    public static PredictionRound place(String question, String[] names, double[] from, double[] guess,
                                        double[] truth, double minTolerance) {
        double off = distance(guess, truth);
        double tolerance = tolerance(from, truth, minTolerance);
        boolean right = off <= tolerance;
        String answer = coordinates(names, guess);
        String actual = coordinates(names, truth);
        // One coordinate reads "you: w = 1.23, actual: 1.31"; two read "actual: (2.95, −0.243)".
        String shown = names.length == 1 ? Numbers.format(truth[0], 3) : actual.substring(actual.indexOf("= (") + 2);
        String detail = (right ? "Right: " : "Not this time: ") + "you: " + answer + ", actual: " + shown
                + String.format(Locale.ROOT, " (off by %s; up to %s counts)", Numbers.format(off, 3),
                Numbers.format(tolerance, 3));
        return new PredictionRound(question, answer, actual, right, detail);
    }

    /** How far a guess may be off: 10% of the step's length, at least minTolerance. */
    public static double tolerance(double[] from, double[] truth, double minTolerance) {
        return Math.max(TOLERANCE_SHARE * distance(from, truth), minTolerance);
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    /** "w = 1.23", or "(w0, w1) = (1.99, −0.448)". */
    private static String coordinates(String[] names, double[] values) {
        if (names.length == 1) {
            return names[0] + " = " + Numbers.format(values[0], 3);
        }
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            numbers.append(i == 0 ? "" : ", ").append(Numbers.format(values[i], 3));
        }
        return "(" + String.join(", ", names) + ") = (" + numbers + ")";
    }
}
