package org.gradientlab.app.controls;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.gradientlab.app.look.ComboWidth;

/** The pieces every lesson's view sets up alike: the status line, the banner over a picture, the function field, the preset box, the teacher's lock. */
public final class LessonParts {

    private LessonParts() {
    }

    /** The status line at the bottom of a lesson. */
    public static void statusLine(Label line, String id) {
        line.setId(id);
        line.getStyleClass().add("status-line");
        line.setMaxWidth(Double.MAX_VALUE);
        // Large text: the numbers go on a second line rather than being cut short.
        line.setWrapText(true);
    }

    /** A picture with a banner over it (shown while it has text, say a divergence), here and this far in. */
    public static StackPane withBanner(Node picture, Label banner, String id, Pos where, double margin) {
        banner.setId(id);
        banner.getStyleClass().add("banner");
        banner.setWrapText(true);
        banner.setMouseTransparent(true);
        banner.visibleProperty().bind(banner.textProperty().isNotEmpty());
        StackPane.setAlignment(banner, where);
        StackPane.setMargin(banner, new Insets(margin));
        return new StackPane(picture, banner);
    }

    /**
     * Sets up a lesson's function field (its id, look and tooltip; it takes the row's spare width)
     * and gives the label that goes before it.
     */
    public static Label functionField(TextField field, String label, String id, String tooltip) {
        Label name = new Label(label);
        name.getStyleClass().add("function-label");
        // Its whole name at every text size: the field gives way, never "f(w1, …".
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setId(id);
        field.getStyleClass().add("function-field");
        field.setTooltip(new Tooltip(tooltip));
        HBox.setHgrow(field, Priority.ALWAYS);
        return name;
    }

    private static final String OWN_FUNCTION = "Your own function";

    /** The preset box names the preset chosen, or "Your own function" after a typed one. */
    public static <T> void presetCell(ComboBox<T> presets, Function<T, String> name) {
        presets.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? OWN_FUNCTION : name.apply(item));
            }
        });
        ComboWidth.fitWidest(presets, name, OWN_FUNCTION);
    }

    /** The teacher's lock: these controls are disabled while it is on. */
    public static void lock(ObservableBooleanValue locked, Iterable<? extends Node> controls) {
        for (Node control : controls) {
            control.disableProperty().bind(Bindings.createBooleanBinding(locked::get, locked));
        }
    }
}
