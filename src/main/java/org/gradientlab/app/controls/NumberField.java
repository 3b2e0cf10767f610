package org.gradientlab.app.controls;

import java.util.function.DoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.Numbers;

/**
 * A text field for one number with its error shown right under it. A bad entry (not a number, or
 * out of range) is answered in words and changes nothing: the bound property keeps its last good
 * value. Commits on Enter and when the field loses focus; Escape restores the shown value.
 */
public final class NumberField extends VBox {

    private final TextField field = new TextField();
    private final Label error = new Label();
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "error", "");
    private final DoubleProperty value;
    private final DoubleFunction<String> check;
    /** The text show() last put in the field: committing it unchanged must not round the value. */
    private String shown = "";

    /**
     * @param value the property edited, shown whenever it changes
     * @param check returns why a parsed number is not allowed, or null if it is
     */
    public NumberField(DoubleProperty value, DoubleFunction<String> check) {
        this.value = value;
        this.check = check;
        getStyleClass().add("number-field");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(errorText.isNotEmpty());
        error.textProperty().bind(errorText);
        field.setPrefColumnCount(8);
        getChildren().addAll(field, error);
        show(value.get());
        value.addListener((obs, old, now) -> show(now.doubleValue()));
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                show(value.get());
                e.consume();
            }
        });
    }

    private void show(double number) {
        shown = Numbers.format(number, 10).replace('−', '-');
        field.setText(shown);
        setError("");
    }

    /** Parses the text and, if it is a good number, sets the property. */
    public void commit() {
        String text = field.getText();
        if (text.equals(shown)) {
            setError("");
            return;
        }
        double parsed;
        try {
            parsed = Numbers.parse(text);
        } catch (NumberFormatException e) {
            setError(e.getMessage());
            return;
        }
        String problem = check.apply(parsed);
        if (problem != null) {
            setError(problem);
            return;
        }
        setError("");
        if (parsed != value.get()) {
            value.set(parsed);
        } else {
            show(parsed);
        }
    }

    private void setError(String message) {
        errorText.set(message);
        if (message.isEmpty()) {
            field.getStyleClass().remove("error");
        } else if (!field.getStyleClass().contains("error")) {
            field.getStyleClass().add("error");
        }
    }

    /** The text field itself (for tooltips, ids and tests). */
    public TextField textField() {
        return field;
    }

    /** The message under the field, "" when the entry is good. */
    public ReadOnlyStringProperty errorProperty() {
        return errorText.getReadOnlyProperty();
    }
}
