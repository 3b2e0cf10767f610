package org.gradientlab.app.predict;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One lesson's "Predict, then reveal" state: whether the mode is on, whether the teacher locked
 * the other controls, the question, the guess being made, the last round and the score. A lesson
 * model owns one and asks it before each step ({@link #holdsStep}); the model reveals with the
 * engine's peek. FX thread only.
 */
public final class PredictMode {

    private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    private final BooleanProperty locked = new SimpleBooleanProperty(this, "locked");
    private final List<PredictQuestion> questions;
    private final ObjectProperty<PredictQuestion> question = new SimpleObjectProperty<>(this, "question");
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(this, "asking");
    /** The chosen answer of a choice question, or null. */
    private final ObjectProperty<String> choice = new SimpleObjectProperty<>(this, "choice");
    /** The placed guess of a place question (data coordinates), or null. */
    private final ObjectProperty<double[]> guess = new SimpleObjectProperty<>(this, "guess");
    private final ReadOnlyObjectWrapper<PredictionRound> lastRound = new ReadOnlyObjectWrapper<>(this, "lastRound");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper right = new ReadOnlyIntegerWrapper(this, "right");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");

    /** @param questions the lesson's questions, the first chosen at the start */
    public PredictMode(List<PredictQuestion> questions) {
        this.questions = List.copyOf(questions);
        question.set(this.questions.get(0));
        // A new question or a mode switched off drops the half-made guess.
        question.addListener((obs, old, now) -> clearGuess());
        on.addListener((obs, old, now) -> {
            asking.set(false);
            clearGuess();
            if (!now) {
                locked.set(false);
            }
        });
    }

    /**
     * Called by the model's step(): with the mode on and no guess asked for yet, starts asking and
     * returns true (the step waits for the reveal); otherwise returns false and the step goes on.
     */
    public boolean holdsStep() {
        if (!on.get()) {
            return false;
        }
        if (!asking.get()) {
            asking.set(true);
            lastRound.set(null);
            message.set("");
        }
        return true;
    }

    /** Why the guess cannot be revealed yet ("choose an answer first"), or null when it can. */
    public String missingAnswer() {
        if (!asking.get()) {
            return "Press Step first: it asks the question.";
        }
        if (question.get().isPlaced() ? guess.get() == null : choice.get() == null) {
            return question.get().isPlaced() ? "Place your guess on the chart first (click or drag)."
                    : "Choose an answer first.";
        }
        return null;
    }

    /**
     * Reveal: takes the judged round (null when the judge refused, saying why), counts it, then
     * makes the step; the step comes after the judging so the truth is the state before it.
     */
    public PredictionRound reveal(java.util.function.Supplier<PredictionRound> judge, Runnable step) {
        PredictionRound round = judge.get();
        if (round != null) {
            record(round);
            step.run();
        }
        return round;
    }

    /** Counts a revealed round and stops asking. */
    public void record(PredictionRound round) {
        total.set(total.get() + 1);
        if (round.right()) {
            right.set(right.get() + 1);
        }
        lastRound.set(round);
        message.set("");
        asking.set(false);
        clearGuess();
    }

    /**
     * True when a guess can be judged now; otherwise says why in the message (the same reasons in
     * every lesson) and returns false.
     *
     * @param paused       a snapshot is there and the lesson is not playing
     * @param hasNext      the run has a next step (it has not diverged)
     * @param shownRate    the learning rate the snapshot was made with
     * @param learningRate the rate the lesson has now
     * @param nextWhat     what the lesson calls its next move ("step", "update")
     */
    public boolean readyToJudge(boolean paused, boolean hasNext, double shownRate, double learningRate, String nextWhat) {
        String missing = missingAnswer();
        if (missing == null && !paused) {
            missing = "Pause first: the guess is about one step.";
        } else if (missing == null && !hasNext) {
            missing = "The run has diverged: there is no next " + nextWhat + " to predict. Lower the rate, or Reset (R).";
        } else if (missing == null && shownRate != learningRate) {
            missing = "The new learning rate is on its way: press Reveal again.";
        }
        if (missing != null) {
            refuse(missing);
            return false;
        }
        return true;
    }

    /** Says why a reveal did not happen, in the panel, and changes nothing else. */
    public void refuse(String why) {
        message.set(why);
    }

    /** Stops asking without scoring (a reset or a new run makes the question moot). */
    public void cancel() {
        asking.set(false);
        clearGuess();
    }

    /** Score back to 0 / 0. */
    public void resetScore() {
        right.set(0);
        total.set(0);
        lastRound.set(null);
    }

    private void clearGuess() {
        choice.set(null);
        guess.set(null);
        message.set("");
    }

    /** "3 / 5 right", or "no rounds yet". */
    public static String scoreText(int right, int total) {
        return total == 0 ? "Score: no rounds yet" : "Score: " + right + " / " + total + " right";
    }

    /** Whether the mode is on. */
    public BooleanProperty onProperty() {
        return on;
    }

    /** Whether the other controls are locked (by the teacher); switching the mode off unlocks. */
    public BooleanProperty lockedProperty() {
        return locked;
    }

    /** The lesson's questions. */
    public List<PredictQuestion> questions() {
        return questions;
    }

    /** The question asked. */
    public ObjectProperty<PredictQuestion> questionProperty() {
        return question;
    }

    /** Whether a step waits for the guess. */
    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** The chosen answer of a choice question, or null. */
    public ObjectProperty<String> choiceProperty() {
        return choice;
    }

    /** The placed guess (data coordinates), or null. */
    public ObjectProperty<double[]> guessProperty() {
        return guess;
    }

    /** The round last revealed, or null. */
    public ReadOnlyObjectProperty<PredictionRound> lastRoundProperty() {
        return lastRound.getReadOnlyProperty();
    }

    /** Why the last reveal was refused, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Rounds answered right. */
    public ReadOnlyIntegerProperty rightProperty() {
        return right.getReadOnlyProperty();
    }

    /** Rounds revealed. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }
}
