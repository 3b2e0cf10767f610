package org.gradientlab.app.predict;

import java.util.List;

/**
 * A question of "Predict, then reveal": a name for the selector, the prompt, and the answers to
 * choose from; no answers means the student places the guess on the lesson's chart.
 *
 * @param name    what the selector shows ("Where will w land?")
 * @param prompt  what the panel asks while waiting for the guess
 * @param choices the answers offered, or empty for a guess placed on the chart
 */
public record PredictQuestion(String name, String prompt, List<String> choices) {

    /** Whether the guess is a place on the chart rather than one of the choices. */
    public boolean isPlaced() {
        return choices.isEmpty();
    }

    @Override
    public String toString() {
        return name;
    }
}
