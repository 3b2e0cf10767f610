package org.gradientlab.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.engine.TraceHistory.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The charts over steps take turns: one redraw a pulse, the others at the next pulses. */
@ExtendWith(ApplicationExtension.class)
class TraceChartTurnsTest {

    @Start
    void start(Stage stage) {
    }

    private static TraceChart chart(String name) {
        return new TraceChart(name, "value", List.of(new TraceChart.Line(name, ChartPalette::point, false)), 0);
    }

    @Test
    void twoChartsWithNewPointsRedrawInTwoPulses(FxRobot robot) {
        robot.interact(() -> {
            TraceChart cost = chart("cost");
            TraceChart params = chart("w");
            Trace trace = new Trace(new double[] {0, 1, 2}, new double[][] {{3, 2, 1}});
            cost.show(trace);
            params.show(trace);
            long pulse = 5_000_000_000L;
            cost.drawIfDue(pulse);
            params.drawIfDue(pulse);
            assertEquals(1, cost.lastDrawn("cost"), "the first chart redraws at this pulse");
            assertTrue(Double.isNaN(params.lastDrawn("w")), "the second waits its turn");
            params.drawIfDue(pulse + 16_666_667L);
            assertEquals(1, params.lastDrawn("w"), "and redraws at the next pulse");
        });
    }
}
