package org.gradientlab.app.compare;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;
import org.gradientlab.app.look.Numbers;

/** The compared runs side by side: optimizer, rate, steps to converge (or where it diverged), and the loss now. */
final class RunTable extends TableView<RunPicture> {

    /** @param lossName what the loss column is called ("f(w)" or "loss") */
    RunTable(String lossName) {
        setId("compareTable");
        getStyleClass().add("compare-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No run is switched on."));
        TableColumn<RunPicture, String> run = column("Run", p -> "Run " + (p.slot() + 1), 75);
        run.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                RunPicture picture = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setGraphic(picture == null ? null : new Rectangle(14, 14, RunColours.of(picture.slot())));
            }
        });
        getColumns().add(run);
        getColumns().add(column("Optimizer", p -> p.spec().optimizerText(), 150));
        getColumns().add(column("η", p -> RunSpec.number(p.spec().learningRate()), 70));
        getColumns().add(column("Steps to converge", RunPicture::convergeText, 170));
        getColumns().add(column("Step", p -> Long.toString(p.step()), 55));
        getColumns().add(column(lossName + " now", p -> Numbers.format(p.loss(), 6), 100));
    }

    private static TableColumn<RunPicture, String> column(String title, Function<RunPicture, String> text,
                                                          double width) {
        TableColumn<RunPicture, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    /** Shows these runs. */
    void show(CompareSnapshot snapshot) {
        getItems().setAll(snapshot.runs());
    }
}
