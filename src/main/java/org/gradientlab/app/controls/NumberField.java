package org.gradientlab.app.controls;

import java.util.function.DoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.Numbers;

/**
 * A text field for one number with its error shown right under it. A bad entry (not a number, or
 * out of range) is answered in words and changes nothing: the bound property keeps its last good
 * value. Commits on Enter and when the field loses focus; Escape restores the shown value. The
 * message lies over the window just under the field, so showing it moves and squeezes nothing
 * around the field (see {@link ErrorBubble}).
 */
public final class NumberField extends VBox {

    private final TextField field = new TextField();
    private final Label error = new Label();
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "error", "");
    private final DoubleProperty value;
    private final DoubleFunction<String> check;
    private final ErrorBubble bubble;
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
        error.getStyleClass().addAll("field-error", "field-error-bubble");
        error.setWrapText(true);
        error.setMouseTransparent(true);
        error.setManaged(false);
        error.setVisible(false);
        error.textProperty().bind(errorText);
        field.setPrefColumnCount(8);
        getChildren().add(field);
        bubble = new ErrorBubble(field, error);
        errorText.addListener((obs, old, message) -> bubble.update());
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

    /** The label that shows the message (for tests). */
    public Label errorLabel() {
        return error;
    }

    /**
     * A field's message over the window (the scene's root pane, unmanaged) just under the field: it
     * follows the field as the layout moves it, goes when the field leaves the window or scrolls out
     * of its scroll pane, and wraps where the window ends. Nothing in the layout makes room for it.
     */
    public static final class ErrorBubble {

        private static final double GAP = 2;
        private final TextField field;
        private final Label label;
        private Pane layer;
        private final InvalidationListener follow = obs -> place();

        /** Shows {@code label} under {@code field} whenever its text is not empty (call {@link #update} when it changes). */
        public ErrorBubble(TextField field, Label label) {
            this.field = field;
            this.label = label;
            field.sceneProperty().addListener((obs, old, scene) -> update());
        }

        /** Shows, moves or takes away the message after its text changed. */
        public void update() {
            Pane root = field.getScene() != null && field.getScene().getRoot() instanceof Pane pane ? pane : null;
            if (label.getText().isEmpty() || root == null) {
                detach();
                return;
            }
            if (layer != root) {
                detach();
                layer = root;
                root.getChildren().add(label);
                field.localToSceneTransformProperty().addListener(follow);
                field.layoutBoundsProperty().addListener(follow);
                root.widthProperty().addListener(follow);
            }
            label.applyCss();
            place();
        }

        private void detach() {
            if (layer != null) {
                field.localToSceneTransformProperty().removeListener(follow);
                field.layoutBoundsProperty().removeListener(follow);
                layer.widthProperty().removeListener(follow);
                layer.getChildren().remove(label);
                layer = null;
            }
            label.setVisible(false);
        }

        private void place() {
            if (layer == null) {
                return;
            }
            Bounds at = layer.sceneToLocal(field.localToScene(field.getLayoutBounds()));
            double room = Math.max(at.getWidth(), layer.getWidth() - at.getMinX() - GAP);
            double width = Math.min(label.prefWidth(-1), room);
            double x = Math.max(0, Math.min(at.getMinX(), layer.getWidth() - width - GAP));
            label.resizeRelocate(x, at.getMaxY() + GAP, width, label.prefHeight(width));
            label.setVisible(isShown(at));
        }

        /** The field is in the window and, inside a scroll pane, within its view. */
        private boolean isShown(Bounds at) {
            for (Node n = field; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
                if (n instanceof ScrollPane scroll) {
                    Bounds view = layer.sceneToLocal(scroll.localToScene(scroll.getLayoutBounds()));
                    if (at.getMaxY() < view.getMinY() || at.getMinY() > view.getMaxY()) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
