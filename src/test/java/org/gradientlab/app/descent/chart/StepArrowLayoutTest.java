package org.gradientlab.app.descent.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.gradientlab.app.descent.chart.LabelPlacement.Surroundings.NONE;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The step arrow and its labels over a plot, for points all over it and arrows every way and length,
 * some reaching past the plot's edge: the arrow ends inside the plot, pointing where the step goes,
 * and neither label lies on the arrow or the point, on the other label, or outside the plot.
 */
class StepArrowLayoutTest {

    /** A plot area and the sizes the layer uses at 100% text (labels as measured there, about). */
    private static final Rectangle2D AREA = new Rectangle2D.Double(60, 20, 640, 360);
    private static final double REACH = 10.5;
    private static final double INSET = 4;
    private static final double GAP = 6;
    private static final double[] STEP = {260, 28};
    private static final double[] SLOPE = {190, 28};

    @Test
    void noLabelHidesTheArrowThePointOrTheOtherLabel() {
        List<String> problems = new ArrayList<>();
        int cases = 0;
        for (double x0 = AREA.getMinX() + 15; x0 < AREA.getMaxX(); x0 += 45) {
            for (double y0 = AREA.getMinY() + 15; y0 < AREA.getMaxY(); y0 += 40) {
                for (double angle = 0; angle < 2 * Math.PI; angle += Math.PI / 8) {
                    for (double length : new double[] {12, 80, 250, 900}) {
                        double x1 = x0 + length * Math.cos(angle);
                        double y1 = y0 + length * Math.sin(angle);
                        StepArrowLayout at = StepArrowLayout.of(AREA, x0, y0, x1, y1, REACH, INSET, GAP, STEP, SLOPE, NONE);
                        cases++;
                        String where = String.format("point (%.0f, %.0f), arrow to (%.0f, %.0f): ", x0, y0, x1, y1);
                        problems.addAll(check(at, x0, y0, x1, y1, where));
                    }
                }
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " of " + cases);
    }

    @Test
    void withoutAnArrowTheSlopeLabelSitsAboveThePointOrBelowItAtTheTop() {
        StepArrowLayout middle = StepArrowLayout.of(AREA, 300, 200, 300, 200, REACH, INSET, GAP, null, SLOPE, NONE);
        assertEquals(200 - REACH - GAP - SLOPE[1] / 2, middle.slopeLabel.y(), 1e-9);
        StepArrowLayout top = StepArrowLayout.of(AREA, 300, 30, 300, 30, REACH, INSET, GAP, null, SLOPE, NONE);
        assertEquals(30 + REACH + GAP + SLOPE[1] / 2, top.slopeLabel.y(), 1e-9);
    }

    static List<String> check(StepArrowLayout at, double x0, double y0, double x1, double y1, String where) {
        List<String> problems = new ArrayList<>();
        double endX = at.endX;
        double endY = at.endY;
        if (endX < AREA.getMinX() + INSET - 1e-6 || endX > AREA.getMaxX() - INSET + 1e-6
                || endY < AREA.getMinY() + INSET - 1e-6 || endY > AREA.getMaxY() - INSET + 1e-6) {
            problems.add(where + "the arrow ends outside the plot at (" + endX + ", " + endY + ")");
        }
        // The shortened arrow points the same way (the cross product of the two directions is 0).
        double cross = (x1 - x0) * (endY - y0) - (y1 - y0) * (endX - x0);
        if (Math.abs(cross) > 1e-6 * Math.hypot(x1 - x0, y1 - y0) * Math.max(1, Math.hypot(endX - x0, endY - y0))
                || (x1 - x0) * (endX - x0) + (y1 - y0) * (endY - y0) < 0) {
            problems.add(where + "the arrow turned");
        }
        StepArrowLayout.Box point = new StepArrowLayout.Box(x0, y0, 2 * REACH, 2 * REACH);
        for (StepArrowLayout.Box label : List.of(at.stepLabel, at.slopeLabel)) {
            String name = label == at.stepLabel ? "the step label" : "the slope label";
            if (!label.inside(AREA)) {
                problems.add(where + name + " is outside the plot");
            }
            if (label.meets(x0, y0, endX, endY, REACH)) {
                problems.add(where + name + " lies on the arrow");
            }
            if (label.intersects(point)) {
                problems.add(where + name + " lies on the point");
            }
        }
        if (at.stepLabel.intersects(at.slopeLabel)) {
            problems.add(where + "the labels overlap");
        }
        return problems;
    }
}
