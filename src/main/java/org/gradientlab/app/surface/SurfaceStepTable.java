package org.gradientlab.app.surface;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.gradientlab.app.look.Numbers;

/** The table of steps: k, w1, w2, f, g1, g2 and the rate used; it follows the run. */
final class SurfaceStepTable extends TableView<SurfaceRow> {

    SurfaceStepTable(ObservableList<SurfaceRow> rows) {
        super(rows);
        rows.addListener((ListChangeListener<SurfaceRow>) change -> follow());
        setId("stepTable");
        getStyleClass().add("step-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No steps yet"));
        getColumns().add(column("k", r -> Long.toString(r.step()), "The step number"));
        getColumns().add(number("w1", SurfaceRow::w1, "The first parameter at step k"));
        getColumns().add(number("w2", SurfaceRow::w2, "The second parameter at step k"));
        getColumns().add(number("f", SurfaceRow::f, "f(w1, w2)"));
        getColumns().add(number("g1", SurfaceRow::g1, "∂f/∂w1, exact (without noise)"));
        getColumns().add(number("g2", SurfaceRow::g2, "∂f/∂w2, exact (without noise)"));
        getColumns().add(number("η used", SurfaceRow::rateUsed, "The rate of the step taken from here, after the schedule"));
        setTooltip(new Tooltip("The newest " + SurfaceEngine.TABLE_ROWS + " steps; hover a number for full precision"));
    }

    private static TableColumn<SurfaceRow, String> number(String title, Function<SurfaceRow, Double> value, String tip) {
        return column(title, r -> {
            double x = value.apply(r);
            return Double.isNaN(x) ? "" : Numbers.format(x, 8);
        }, tip);
    }

    private static TableColumn<SurfaceRow, String> column(String title, Function<SurfaceRow, String> text, String tip) {
        TableColumn<SurfaceRow, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        column.setGraphic(header);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }

    /** Scrolls to the newest row, after the pulse's layout. */
    void follow() {
        javafx.application.Platform.runLater(() -> {
            if (!getItems().isEmpty()) {
                scrollTo(getItems().size() - 1);
            }
        });
    }
}
