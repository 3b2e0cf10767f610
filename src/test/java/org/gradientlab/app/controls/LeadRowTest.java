package org.gradientlab.app.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lead and its tail share a line while the lead keeps its least width, else the tail goes under it. */
@ExtendWith(ApplicationExtension.class)
class LeadRowTest {

    private final Region lead = box(200, 300, 40);
    private final Region tail = box(250, 250, 30);
    private final LeadRow row = new LeadRow(10, lead, tail);

    @Start
    void start(Stage stage) {
        // Plain regions need no scene: the row is laid out by hand at each width, and the stage that the
        // other tests share keeps its size.
        lead.setMaxWidth(Double.MAX_VALUE);
    }

    private static Region box(double min, double pref, double height) {
        Region box = new Region();
        box.setMinWidth(min);
        box.setPrefWidth(pref);
        box.setMaxWidth(pref);
        box.setPrefHeight(height);
        return box;
    }

    private void layOut(FxRobot robot, double width) {
        robot.interact(() -> {
            row.resize(width, row.prefHeight(width));
            row.requestLayout();
            row.layout();
        });
    }

    @Test
    void wideTheLeadTakesWhatTheTailLeaves(FxRobot robot) {
        layOut(robot, 800);
        assertEquals(800 - 10 - 250, lead.getWidth(), 0.5);
        assertEquals(0, lead.getLayoutY(), 0.5, "the lead on the first line");
        assertEquals(lead.getWidth() + 10, tail.getLayoutX(), 0.5, "the tail beside it");
        assertEquals(40, row.prefHeight(800), 0.5);
    }

    @Test
    void narrowTheTailGoesUnderTheLeadAtItsFullWidth(FxRobot robot) {
        layOut(robot, 450);
        assertEquals(450, lead.getWidth(), 0.5, "the lead takes the whole line");
        assertEquals(0, tail.getLayoutX(), 0.5);
        assertTrue(tail.getLayoutY() >= 40 + 10 - 0.5, "the tail under the lead, at " + tail.getLayoutY());
        assertEquals(40 + 10 + 30, row.prefHeight(450), 0.5);
        assertEquals(250, row.minWidth(-1), 0.5, "the least width is the wider least width of the two");
    }
}
