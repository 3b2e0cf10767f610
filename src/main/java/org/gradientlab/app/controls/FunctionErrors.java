package org.gradientlab.app.controls;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * A typed function's error shown at its column: the message under the field with a caret under
 * the column it names ("      ^ unexpected ')' at column 7"; the field is monospaced), the field
 * marked, and the caret put at that column. Any lesson with a function field can use it.
 */
public final class FunctionErrors {

    private FunctionErrors() {
    }

    /** Shows {@code error} ("" for none) of {@code field} in {@code label}, as it changes. */
    public static void attach(TextField field, Label label, ObservableStringValue error) {
        label.textProperty().bind(Bindings.createStringBinding(() -> pointAt(error.get()), error));
        field.textProperty().addListener((obs, old, text) -> field.getStyleClass().remove("error"));
        error.addListener((obs, old, message) -> {
            field.getStyleClass().remove("error");
            if (!message.isEmpty()) {
                field.getStyleClass().add("error");
                field.requestFocus();
                int column = columnOf(message);
                if (column > 0) {
                    field.positionCaret(Math.min(column - 1, field.getLength()));
                }
            }
        });
    }

    /** The message under the column it names; the message alone when it names none. */
    public static String pointAt(String message) {
        int column = columnOf(message);
        return message.isEmpty() || column < 1 ? message : " ".repeat(column - 1) + "^ " + message;
    }

    /** The column in an "... at column N" message, or 0. */
    public static int columnOf(String message) {
        int at = message.lastIndexOf("at column ");
        if (at < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(message.substring(at + "at column ".length()).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
