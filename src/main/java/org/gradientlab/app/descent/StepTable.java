package org.gradientlab.app.descent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.gradientlab.app.descent.model.DescentEngine;
import org.gradientlab.app.descent.model.StepRow;
import org.gradientlab.app.look.Numbers;

/**
 * The table of steps: k, w, f(w), f'(w), the rate used and the step taken; it follows the run. Each
 * column is at least as wide as the widest number it has shown, at the text size shown, so no number
 * is cut short: at large text the table scrolls sideways instead.
 */
final class StepTable extends TableView<StepRow> {

    /** A cell's padding and a little air, in em. */
    private static final double CELL_PADDING_EM = 1.6;
    private static final double MEASURE_SIZE = 100;

    private final List<Function<StepRow, String>> texts = new ArrayList<>();
    private final List<Label> headers = new ArrayList<>();
    /** The widest text each column has held, in em of the table's monospaced font. */
    private final double[] widestEm = new double[6];
    private final Text measure = new Text();

    StepTable(ObservableList<StepRow> rows) {
        super(rows);
        measure.setFont(Font.font("Monospaced", MEASURE_SIZE));
        // Follow the newest row whenever the rows change, not every frame.
        rows.addListener((javafx.collections.ListChangeListener<StepRow>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    widen(change.getAddedSubList());
                }
            }
            follow();
        });
        setId("stepTable");
        getStyleClass().add("step-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No steps yet"));
        getColumns().add(column("k", r -> Long.toString(r.step()), "The step number"));
        getColumns().add(number("w", StepRow::w, "The parameter at step k"));
        getColumns().add(number("f(w)", StepRow::f, "The function's value"));
        getColumns().add(number("f′(w)", StepRow::grad, "The slope: its sign decides the direction"));
        getColumns().add(number("η", StepRow::learningRate, "The rate the update from here used: η, or with a schedule η_t (η times the schedule's factor)"));
        getColumns().add(column("step Δw", r -> Double.isNaN(r.stepTaken()) ? "" : Numbers.signed(r.stepTaken()),
                "w(k+1) − w(k); for plain descent this is −η·f′(w)"));
        setTooltip(new Tooltip("The newest " + DescentEngine.TABLE_ROWS + " steps; hover a number for full precision"));
        for (int c = 0; c < headers.size(); c++) {
            widestEm[c] = measure(headers.get(c).getText());
        }
        widen(rows);
        // The headers follow the text size (CSS), and so do the columns' least widths.
        headers.get(0).fontProperty().addListener((obs, old, font) -> applyWidths());
        applyWidths();
    }

    private double measure(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth() / MEASURE_SIZE;
    }

    private void widen(List<? extends StepRow> added) {
        boolean wider = false;
        for (StepRow row : added) {
            for (int c = 0; c < texts.size(); c++) {
                double em = measure(texts.get(c).apply(row));
                if (em > widestEm[c]) {
                    widestEm[c] = em;
                    wider = true;
                }
            }
        }
        if (wider) {
            applyWidths();
        }
    }

    /** Each column at least as wide as its widest text; the table fills its width and scrolls when it cannot. */
    private void applyWidths() {
        double em = headers.get(0).getFont().getSize();
        for (int c = 0; c < texts.size(); c++) {
            getColumns().get(c).setMinWidth(Math.ceil((widestEm[c] + CELL_PADDING_EM) * em));
        }
    }

    /** The rate column's title: η, or η_t while the run's schedule is not constant. */
    void showScheduled(boolean scheduled) {
        ((Label) getColumns().get(4).getGraphic()).setText(scheduled ? "η_t" : "η");
    }

    private TableColumn<StepRow, String> number(String title, Function<StepRow, Double> value, String tip) {
        return column(title, r -> {
            double x = value.apply(r);
            return Double.isNaN(x) ? "" : Numbers.format(x, 8);
        }, tip);
    }

    private TableColumn<StepRow, String> column(String title, Function<StepRow, String> text, String tip) {
        TableColumn<StepRow, String> column = new TableColumn<>();
        Label header = new Label(title);
        texts.add(text);
        headers.add(header);
        header.setTooltip(new Tooltip(tip));
        column.setGraphic(header);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }

    /** Scrolls to the newest row. */
    void follow() {
        // After the pulse's layout, when the new rows have cells: scrolling now would stop short.
        javafx.application.Platform.runLater(() -> {
            if (!getItems().isEmpty()) {
                scrollTo(getItems().size() - 1);
            }
        });
    }
}
