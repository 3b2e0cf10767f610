package org.gradientlab.app.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.gradientlab.app.look.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shared table of steps: numbers to eight digits with their full precision on hover, columns as wide as what they show. */
@ExtendWith(ApplicationExtension.class)
class StepsTableViewTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static final class Table extends StepsTableView<Double> {
        Table(ObservableList<Double> rows) {
            super(rows, "rows");
            column("k", x -> "1", "the step");
            number("x", x -> x, "a number");
        }
    }

    private Table shown(ObservableList<Double> rows) {
        Table table = new Table(rows);
        stage.setScene(new Scene(table, 400, 300));
        stage.show();
        table.applyCss();
        table.layout();
        return table;
    }

    private static List<TableCell<?, ?>> cells(Table table) {
        return table.lookupAll(".table-cell").stream().filter(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() == table.getColumns().get(1) && !c.isEmpty()).<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList();
    }

    @Test
    void aNumberShowsEightDigitsAndItsFullPrecisionOnHover(FxRobot robot) {
        robot.interact(() -> {
            Table table = shown(FXCollections.observableArrayList(0.25, 1.0 / 3, Double.NaN));
            List<TableCell<?, ?>> cells = cells(table);
            assertEquals(3, cells.size());
            TableCell<?, ?> third = cells.stream().filter(c -> c.getIndex() == 1).findFirst().orElseThrow();
            assertEquals(Numbers.format(1.0 / 3, 8), third.getText());
            assertEquals("full precision: 0.3333333333333333", third.getTooltip().getText());
            TableCell<?, ?> nan = cells.stream().filter(c -> c.getIndex() == 2).findFirst().orElseThrow();
            assertEquals("", nan.getText());
            assertNull(nan.getTooltip(), "no number, nothing to hover");
        });
    }

    @Test
    void aColumnWidensToTheWidestNumberItHasShownAndStaysSo(FxRobot robot) {
        robot.interact(() -> {
            ObservableList<Double> rows = FXCollections.observableArrayList(1.0);
            Table table = shown(rows);
            double narrow = table.getColumns().get(1).getMinWidth();
            rows.setAll(-1.2345678e-300);
            table.layout();
            double wide = table.getColumns().get(1).getMinWidth();
            assertTrue(wide > narrow + 20, "'" + Numbers.format(-1.2345678e-300, 8) + "' needs room: " + narrow + " -> " + wide);
            rows.setAll(2.0);
            table.layout();
            assertEquals(wide, table.getColumns().get(1).getMinWidth(), "the column does not jump back and forth");
        });
    }
}
