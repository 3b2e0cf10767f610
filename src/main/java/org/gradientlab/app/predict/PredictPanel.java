package org.gradientlab.app.predict;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.ComboWidth;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The "Predict, then reveal" panel of a lesson: the question selector, the prompt, the answers to
 * choose (or a hint to place the guess on the chart), Reveal, the result, the score with its
 * reset, and the teacher's lock. Shown only while the mode is on; binds to the mode and calls the
 * lesson's reveal.
 */
public final class PredictPanel extends VBox {

    private final PredictMode mode;
    private final ComboBox<PredictQuestion> question = new ComboBox<>();
    private final Label prompt = new Label();
    private final FlowPane choices = new FlowPane(6, 6);
    private final ToggleGroup choiceGroup = new ToggleGroup();
    private final Button reveal = new Button("Reveal", new FontIcon(MaterialDesignE.EYE_CHECK));
    private final Label result = new Label();
    private final Label score = new Label();
    private final ToggleButton lock = new ToggleButton();
    private final Label lockNote = new Label("Controls locked: only the guess, Step, Reveal and the score work.");

    /** @param mode the lesson's mode; the lesson's controller gives Reveal its action */
    public PredictPanel(PredictMode mode) {
        this.mode = mode;
        getStyleClass().add("predict-panel");
        setSpacing(8);
        Label title = new Label("Predict, then reveal");
        title.getStyleClass().add("predict-title");
        question.setId("predictQuestion");
        ComboWidth.fitWidest(question);
        question.getItems().setAll(mode.questions());
        question.valueProperty().bindBidirectional(mode.questionProperty());
        question.setMaxWidth(Double.MAX_VALUE);
        question.setTooltip(new Tooltip("Which question the next steps ask"));
        question.disableProperty().bind(mode.askingProperty());
        prompt.setId("predictPrompt");
        prompt.setWrapText(true);
        prompt.textProperty().bind(Bindings.createStringBinding(() -> mode.askingProperty().get()
                ? mode.questionProperty().get().prompt()
                : "Press Step (→) for the next question.", mode.askingProperty(), mode.questionProperty()));
        choices.setId("predictChoices");
        reveal.setId("revealButton");
        reveal.getStyleClass().add("accent");
        reveal.setMaxWidth(Double.MAX_VALUE);
        reveal.setTooltip(new Tooltip("Show the step and compare it with your guess (Enter)"));
        reveal.disableProperty().bind(mode.askingProperty().not());
        reveal.setFocusTraversable(false);
        buildResult();
        getChildren().addAll(title, question, prompt, choices, reveal, result, score, buttonRow(), lockNote);
        visibleProperty().bind(mode.onProperty());
        managedProperty().bind(visibleProperty());
        mode.questionProperty().addListener((obs, old, now) -> showChoices());
        mode.askingProperty().addListener((obs, old, now) -> showChoices());
        mode.choiceProperty().addListener((obs, old, now) -> {
            if (now == null) {
                choiceGroup.selectToggle(null);
            }
        });
        showChoices();
    }

    private void buildResult() {
        result.setId("predictResult");
        result.setWrapText(true);
        result.textProperty().bind(Bindings.createStringBinding(() -> {
            String message = mode.messageProperty().get();
            PredictionRound round = mode.lastRoundProperty().get();
            return !message.isEmpty() ? message : round == null ? "" : round.detail();
        }, mode.messageProperty(), mode.lastRoundProperty()));
        result.managedProperty().bind(result.visibleProperty());
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        Runnable mark = () -> {
            result.getStyleClass().removeAll("predict-right", "predict-wrong");
            PredictionRound round = mode.lastRoundProperty().get();
            if (mode.messageProperty().get().isEmpty() && round != null) {
                result.getStyleClass().add(round.right() ? "predict-right" : "predict-wrong");
            }
        };
        mode.lastRoundProperty().addListener((obs, old, now) -> mark.run());
        mode.messageProperty().addListener((obs, old, now) -> mark.run());
    }

    private HBox buttonRow() {
        score.setId("predictScore");
        score.getStyleClass().add("predict-score");
        score.textProperty().bind(Bindings.createStringBinding(
                () -> PredictMode.scoreText(mode.rightProperty().get(), mode.totalProperty().get()),
                mode.rightProperty(), mode.totalProperty()));
        Button resetScore = new Button("Reset score");
        resetScore.setId("resetScoreButton");
        resetScore.setFocusTraversable(false);
        resetScore.setOnAction(e -> mode.resetScore());
        lock.setId("lockControls");
        lock.selectedProperty().bindBidirectional(mode.lockedProperty());
        lock.setFocusTraversable(false);
        lock.textProperty().bind(Bindings.when(lock.selectedProperty())
                .then("Unlock controls").otherwise("Lock controls"));
        lock.graphicProperty().bind(Bindings.when(lock.selectedProperty())
                .then(new FontIcon(MaterialDesignL.LOCK)).otherwise(new FontIcon(MaterialDesignL.LOCK_OPEN_VARIANT)));
        lock.setTooltip(new Tooltip("For class: lock the function, rate, optimizer, data and Play, "
                + "leaving the guess, Step, Reveal and the score. One click unlocks; no password."));
        lockNote.setId("lockNote");
        lockNote.getStyleClass().add("predict-lock-note");
        lockNote.setWrapText(true);
        lockNote.visibleProperty().bind(mode.lockedProperty());
        lockNote.managedProperty().bind(lockNote.visibleProperty());
        HBox row = new HBox(8, resetScore, lock);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The answers of a choice question as toggle buttons (enabled while asking), or none for a placed guess. */
    private void showChoices() {
        choices.getChildren().clear();
        choiceGroup.getToggles().clear();
        PredictQuestion asked = mode.questionProperty().get();
        for (String answer : asked.choices()) {
            ToggleButton button = new ToggleButton(answer);
            button.setId("predict-" + answer);
            button.setToggleGroup(choiceGroup);
            button.setFocusTraversable(false);
            button.setSelected(answer.equals(mode.choiceProperty().get()));
            button.disableProperty().bind(mode.askingProperty().not());
            button.setOnAction(e -> mode.choiceProperty().set(button.isSelected() ? answer : null));
            choices.getChildren().add(button);
        }
        choices.setVisible(!asked.choices().isEmpty());
        choices.setManaged(choices.isVisible());
    }

    /** The Reveal button (for tests). */
    public Button revealButton() {
        return reveal;
    }
}
