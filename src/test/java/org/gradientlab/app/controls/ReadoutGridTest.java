package org.gradientlab.app.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shared readout: rows in order with their ids and classes, numbers to 8 digits, one status colour at a time. */
@ExtendWith(ApplicationExtension.class)
class ReadoutGridTest {

    @Start
    void start(Stage stage) {
    }

    private static final class TwoRows extends ReadoutGrid {
        final Label a = addRow("a", "readoutA");
        final Label b = addRow("b", "readoutB");

        void status(String text, String kind) {
            showStatus(text, kind);
        }
    }

    @Test
    void rowsComeInOrderWithTheirNamesIdsAndClasses(FxRobot robot) {
        robot.interact(() -> {
            TwoRows grid = new TwoRows();
            GridPane pane = (GridPane) grid.getChildren().get(0);
            assertTrue(grid.getStyleClass().contains("readout"));
            assertTrue(pane.getStyleClass().contains("readout-grid"));
            assertEquals(4, pane.getChildren().size());
            assertEquals("a", ((Label) pane.getChildren().get(0)).getText());
            assertTrue(pane.getChildren().get(0).getStyleClass().contains("readout-name"));
            assertEquals(grid.a, pane.getChildren().get(1));
            assertEquals(1, GridPane.getRowIndex(grid.b));
            assertEquals("readoutB", grid.b.getId());
            assertTrue(grid.b.getStyleClass().contains("readout-value"));
            assertEquals("statusBadge", grid.getChildren().get(1).getId());
        });
    }

    @Test
    void aNumberShowsEightDigitsAndItsFullPrecisionInTheTooltip(FxRobot robot) {
        robot.interact(() -> {
            TwoRows grid = new TwoRows();
            ReadoutGrid.showNumber(grid.a, 1.0 / 3);
            assertEquals(org.gradientlab.app.look.Numbers.format(1.0 / 3, 8), grid.a.getText());
            assertEquals("full precision: 0.3333333333333333", grid.a.getTooltip().getText());
        });
    }

    @Test
    void theBadgeCarriesOneStatusClassAtATime(FxRobot robot) {
        robot.interact(() -> {
            TwoRows grid = new TwoRows();
            Label badge = (Label) grid.getChildren().get(1);
            grid.status("Running", "RUNNING");
            grid.status("Paused", "paused");
            assertEquals("Paused", badge.getText());
            assertTrue(badge.getStyleClass().contains("status-paused"));
            assertFalse(badge.getStyleClass().contains("status-running"));
            assertTrue(badge.getStyleClass().contains("status-badge"));
        });
    }
}
