package org.gradientlab.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.engine.TraceHistory.Trace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A chart over steps shows its vertical axis's label where the plot is tall enough for it, and drops it where not. */
@ExtendWith(ApplicationExtension.class)
class TraceChartLabelUiTest {

    private TraceChart chart;
    /** A window of the test's own, closed after it: the shared stage stays as the next test class expects it. */
    private Stage own;

    @Start
    void start(Stage stage) {
        chart = new TraceChart("Accuracy", "share of the points right",
                List.of(new TraceChart.Line("accuracy", ChartPalette::point, false)), 0);
        VBox holder = new VBox(chart.node());
        own = new Stage();
        own.setScene(new Scene(holder, 420, 640));
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    private boolean labelAt(FxRobot robot, double height) {
        robot.interact(() -> {
            Region node = chart.node();
            node.setMinHeight(height);
            node.setPrefHeight(height);
            node.setMaxHeight(height);
            chart.show(new Trace(new double[] {0, 1, 2}, new double[][] {{0.5, 0.6, 0.7}}));
        });
        WaitForAsyncUtils.waitForFxEvents();
        long[] pulse = {10_000_000_000L};
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> chart.drawIfDue(pulse[0] += 1_000_000_000L));
            WaitForAsyncUtils.waitForFxEvents();
        }
        boolean[] shown = new boolean[1];
        robot.interact(() -> shown[0] = chart.showsRangeLabel());
        return shown[0];
    }

    @Test
    void theLabelShowsBesideATallPlotOnlyAndComesBack(FxRobot robot) {
        assertTrue(labelAt(robot, 500), "a tall plot has room for the label");
        assertFalse(labelAt(robot, 170), "a short plot would cut the label at both ends");
        assertTrue(labelAt(robot, 500), "tall again, the label is back");
    }

    @Test
    void aHiddenLabelKeepsItsTextWithTheLogScaleSaid(FxRobot robot) {
        robot.interact(() -> chart.setLogScale(true));
        assertTrue(labelAt(robot, 600), "a tall plot has room for the label");
        assertEquals("share of the points right (log)", text(robot));
        assertFalse(labelAt(robot, 170));
        assertEquals("share of the points right (log)", text(robot), "hidden, not removed: it names the exported picture");
    }

    private String text(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = chart.rangeLabelText());
        return text[0];
    }
}
