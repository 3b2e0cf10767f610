package org.gradientlab.app.controls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.runner.FramePacer;

/**
 * A lesson's table of steps: one row a step, unsortable columns of text, and it follows the newest
 * row. Each column is at least as wide as the widest text it has shown, at the text size shown, so
 * no number is cut short: at large text the table scrolls sideways instead.
 *
 * <p>Only the texts of cells that show are measured, as they show (a refresh while playing replaces
 * hundreds of rows, of which a few show), and a text is measured by its shape: in the table's
 * monospaced font every ASCII character is as wide as any other, so "−1.5848124" measures as any
 * other minus sign followed by nine ASCII characters, once.
 *
 * @param <R> the row type
 */
public class StepsTableView<R> extends TableView<R> {

    /** A cell's padding and a little air, in em. */
    private static final double CELL_PADDING_EM = 1.6;
    private static final double MEASURE_SIZE = 100;

    private final List<Label> headers = new ArrayList<>();
    /** The widest text each column has shown, in em of the table's monospaced font. */
    private final List<Double> widestEm = new ArrayList<>();
    private final Map<String, Double> emByShape = new HashMap<>();
    private final Text measure = new Text();

    /** An empty table over the rows; the subclass adds its columns with {@link #column} and {@link #number}. */
    protected StepsTableView(ObservableList<R> rows, String tooltip) {
        super(rows);
        measure.setFont(Font.font("Monospaced", MEASURE_SIZE));
        // Follow the newest row whenever the rows change, not every frame.
        rows.addListener((ListChangeListener<R>) change -> {
            FramePacer.shared().pictureAtNextPulse();
            follow();
        });
        setId("stepTable");
        getStyleClass().add("step-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No steps yet"));
        setTooltip(new Tooltip(tooltip));
    }

    /** A column of numbers to eight significant digits (blank for NaN); hovering one shows it in full precision. */
    protected final TableColumn<R, String> number(String title, Function<R, Double> value, String tip) {
        TableColumn<R, String> column = column(title, r -> {
            double x = value.apply(r);
            return Double.isNaN(x) ? "" : Numbers.format(x, 8);
        }, tip);
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip full = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                int index = getIndex();
                double x = empty || index < 0 || index >= getTableView().getItems().size() ? Double.NaN
                        : value.apply(getTableView().getItems().get(index));
                if (Double.isNaN(x)) {
                    setTooltip(null);
                } else {
                    full.setText("full precision: " + x);
                    setTooltip(full);
                }
            }
        });
        return column;
    }

    /** A column of the given text, titled by a label with a tooltip; added to the table. */
    protected final TableColumn<R, String> column(String title, Function<R, String> text, String tip) {
        TableColumn<R, String> column = new TableColumn<>();
        int index = widestEm.size();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        headers.add(header);
        if (index == 0) {
            // The headers follow the text size (CSS), and so do the columns' least widths.
            header.fontProperty().addListener((obs, old, font) -> applyWidths());
        }
        widestEm.add(em(title));
        column.setGraphic(header);
        column.setSortable(false);
        column.setCellValueFactory(cell -> {
            String shown = text.apply(cell.getValue());
            widen(index, shown);
            return new ReadOnlyObjectWrapper<>(shown);
        });
        getColumns().add(column);
        applyWidth(index);
        return column;
    }

    /** The title label of column {@code index}. */
    protected final Label header(int index) {
        return headers.get(index);
    }

    private void widen(int index, String text) {
        double em = em(text);
        if (em > widestEm.get(index)) {
            widestEm.set(index, em);
            applyWidth(index);
        }
    }

    /** The width of the text in em of the monospaced font, measured once for each shape of text. */
    private double em(String text) {
        StringBuilder shape = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            shape.append(c < 128 ? '0' : c);
        }
        return emByShape.computeIfAbsent(shape.toString(), key -> {
            measure.setText(key);
            return measure.getLayoutBounds().getWidth() / MEASURE_SIZE;
        });
    }

    private void applyWidths() {
        for (int c = 0; c < widestEm.size(); c++) {
            applyWidth(c);
        }
    }

    private void applyWidth(int index) {
        double em = headers.get(0).getFont().getSize();
        getColumns().get(index).setMinWidth(Math.ceil((widestEm.get(index) + CELL_PADDING_EM) * em));
    }

    /** Scrolls to the newest row. */
    public final void follow() {
        // After the pulse's layout, when the new rows have cells: scrolling now would stop short.
        javafx.application.Platform.runLater(() -> {
            if (!getItems().isEmpty()) {
                scrollTo(getItems().size() - 1);
            }
        });
    }
}
