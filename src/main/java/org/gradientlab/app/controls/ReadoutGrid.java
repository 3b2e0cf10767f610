package org.gradientlab.app.controls;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.Numbers;

/**
 * The big numbers beside a lesson's chart: a grid of names and values, row after row, and under it
 * the run's status in words on a badge coloured by its kind. A lesson's readout adds its rows and
 * says what to show; the look (style classes, ids, number format) is written here once.
 */
public class ReadoutGrid extends VBox {

    private final GridPane grid = new GridPane();
    private final Label status = new Label();

    public ReadoutGrid() {
        getStyleClass().add("readout");
        grid.getStyleClass().add("readout-grid");
        status.setId("statusBadge");
        status.getStyleClass().add("status-badge");
        status.setWrapText(true);
        getChildren().addAll(grid, status);
    }

    /** Adds a row "name  value" under the others; returns the value's label, with this id. */
    protected final Label addRow(String name, String id) {
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add("readout-name");
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("readout-value");
        grid.addRow(grid.getRowCount(), nameLabel, value);
        return value;
    }

    /** Shows a number to 8 significant digits, with its full precision in the tooltip. */
    public static void showNumber(Label label, double x) {
        label.setText(Numbers.format(x, 8));
        label.setTooltip(new Tooltip("full precision: " + x));
    }

    /** Shows the status in words; {@code kind} ("running", "paused", ...) picks the badge's colour (status-kind). */
    protected final void showStatus(String text, String kind) {
        status.setText(text);
        status.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        status.getStyleClass().add("status-" + kind.toLowerCase(Locale.ROOT));
    }
}
