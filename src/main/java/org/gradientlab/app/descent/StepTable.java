package org.gradientlab.app.descent;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.gradientlab.app.look.Numbers;

/** The table of steps: k, w, f(w), f'(w), the rate used and the step taken; it follows the run. */
final class StepTable extends TableView<StepRow> {

    StepTable(ObservableList<StepRow> rows) {
        super(rows);
        // Follow the newest row whenever the rows change, not every frame.
        rows.addListener((javafx.collections.ListChangeListener<StepRow>) change -> follow());
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
    }

    /** The rate column's title: η, or η_t while the run's schedule is not constant. */
    void showScheduled(boolean scheduled) {
        ((Label) getColumns().get(4).getGraphic()).setText(scheduled ? "η_t" : "η");
    }

    private static TableColumn<StepRow, String> number(String title, Function<StepRow, Double> value, String tip) {
        return column(title, r -> {
            double x = value.apply(r);
            return Double.isNaN(x) ? "" : Numbers.format(x, 8);
        }, tip);
    }

    private static TableColumn<StepRow, String> column(String title, Function<StepRow, String> text, String tip) {
        TableColumn<StepRow, String> column = new TableColumn<>();
        Label header = new Label(title);
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
