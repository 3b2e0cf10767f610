package org.gradientlab.app.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring of "Predict, then reveal": choices, placed guesses and their tolerance, and the mode's counting. */
class PredictRoundTest {

    private static final String[] W = {"w"};

    @Test
    void aChoiceIsRightOnlyWhenItIsTheTruth() {
        PredictionRound right = PredictionRound.choice("Which way?", "left", "left");
        PredictionRound wrong = PredictionRound.choice("Which way?", "right", "left");
        assertTrue(right.right());
        assertFalse(wrong.right());
        assertEquals("Not this time: you said right, it was left.", wrong.detail());
    }

    @Test
    void aPlacedGuessCountsWithinTenPercentOfTheStep() {
        // A step from 1 to 2: up to 0.1 off counts.
        double[] from = {1};
        double[] truth = {2};
        assertTrue(PredictionRound.place("q", W, from, new double[] {2.099}, truth, 0).right());
        assertTrue(PredictionRound.place("q", W, from, new double[] {1.901}, truth, 0).right());
        assertFalse(PredictionRound.place("q", W, from, new double[] {2.101}, truth, 0).right());
        assertFalse(PredictionRound.place("q", W, from, new double[] {1.5}, truth, 0).right());
    }

    @Test
    void aTinyStepStillHasThePixelTolerance() {
        double[] from = {1};
        double[] truth = {1.000001};
        assertFalse(PredictionRound.place("q", W, from, new double[] {1.01}, truth, 0).right());
        assertTrue(PredictionRound.place("q", W, from, new double[] {1.01}, truth, 0.02).right());
        assertEquals(0.02, PredictionRound.tolerance(from, truth, 0.02));
    }

    @Test
    void twoCoordinatesAreJudgedByTheirDistance() {
        // Step length 5 (3-4-5): tolerance 0.5; the guesses are off by 0.4 and by 0.6.
        double[] from = {0, 0};
        double[] truth = {3, 4};
        String[] names = {"w0", "w1"};
        PredictionRound near = PredictionRound.place("q", names, from, new double[] {3.24, 4.32}, truth, 0);
        assertTrue(near.right());
        assertTrue(near.detail().startsWith("Right: you: (w0, w1) = (3.24, 4.32), actual: (3, 4)"), near.detail());
        assertFalse(PredictionRound.place("q", names, from, new double[] {3.36, 4.48}, truth, 0).right());
    }

    @Test
    void theDetailSaysBothNumbers() {
        // A step of 0.31: 0.08 off is more than 10%.
        PredictionRound round = PredictionRound.place("q", W, new double[] {1}, new double[] {1.23},
                new double[] {1.31}, 0);
        assertFalse(round.right());
        assertTrue(round.detail().startsWith("Not this time: you: w = 1.23, actual: 1.31"), round.detail());
    }

    @Test
    void theModeAsksOnceCountsAndResets() {
        PredictQuestion choice = new PredictQuestion("Which way?", "?", List.of("left", "right"));
        PredictMode mode = new PredictMode(List.of(choice));
        assertFalse(mode.holdsStep(), "off: the step goes on");
        mode.onProperty().set(true);
        assertTrue(mode.holdsStep(), "on: the step waits");
        assertTrue(mode.askingProperty().get());
        assertEquals("Choose an answer first.", mode.missingAnswer());
        mode.choiceProperty().set("left");
        assertNull(mode.missingAnswer());
        mode.record(PredictionRound.choice("Which way?", "left", "left"));
        mode.holdsStep();
        mode.choiceProperty().set("left");
        mode.record(PredictionRound.choice("Which way?", "left", "right"));
        assertEquals(1, mode.rightProperty().get());
        assertEquals(2, mode.totalProperty().get());
        assertFalse(mode.askingProperty().get());
        assertEquals("Score: 1 / 2 right", PredictMode.scoreText(1, 2));
        mode.resetScore();
        assertEquals(0, mode.totalProperty().get());
    }

    @Test
    void switchingTheModeOffUnlocksAndStopsAsking() {
        PredictMode mode = new PredictMode(List.of(new PredictQuestion("Where?", "?", List.of())));
        mode.onProperty().set(true);
        mode.lockedProperty().set(true);
        mode.holdsStep();
        assertEquals("Place your guess on the chart first (click or drag).", mode.missingAnswer());
        mode.onProperty().set(false);
        assertFalse(mode.lockedProperty().get());
        assertFalse(mode.askingProperty().get());
    }
}
