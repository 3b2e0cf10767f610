package org.gradientlab.app.descent.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.gradientlab.app.descent.chart.StepArrowLayout.Box;
import org.junit.jupiter.api.Test;

/**
 * The slope and step labels in the pictures the README shows, rebuilt in pixels from their
 * screenshots: the narrow valley at a rate that overshoots (the trail on both sides of the bottom)
 * and the bowl at 0.8 on the projector (the point low on a wall, the curve's bottom under it), and
 * a steep wall where "below the point" is under the curve. The labels must be inside the plot and
 * clear of each other, the point, the arrow, the tangent, the curve and the trail; the old
 * placement, which saw only the point and the arrow, was not.
 */
class LabelPlacementTest {

    /** Sizes at 100% text, as the layer measures its labels (about). */
    private static final double[] SLOPE = {215, 28};
    private static final double[] STEP = {275, 28};

    /** A plot: its area in pixels and the data ranges it maps, linearly. */
    private record Plot(Rectangle2D area, double wLow, double wHigh, double fLow, double fHigh, double lineScale) {

        double x(double w) {
            return area.getMinX() + (w - wLow) / (wHigh - wLow) * area.getWidth();
        }

        double y(double f) {
            return area.getMaxY() - (f - fLow) / (fHigh - fLow) * area.getHeight();
        }

        double reach() {
            return lineScale * (8 + 2.5);
        }
    }

    /** The screen's layout of a run of plain descent on f from w0 at this rate, after {@code steps} steps. */
    private record Scene(Plot plot, double[] curve, double[] tangent, double[] trail, double x0, double y0, double x1,
                         double y1) {

        static Scene of(Plot plot, DoubleUnaryOperator f, DoubleUnaryOperator slope, double w0, double rate, int steps) {
            double[] curve = new double[2 * CurveView.SAMPLES];
            for (int i = 0; i < CurveView.SAMPLES; i++) {
                double w = plot.wLow() + (plot.wHigh() - plot.wLow()) * i / (CurveView.SAMPLES - 1);
                curve[2 * i] = plot.x(w);
                curve[2 * i + 1] = plot.y(f.applyAsDouble(w));
            }
            double[] trail = new double[2 * (steps + 1)];
            double w = w0;
            for (int k = 0; k <= steps; k++) {
                trail[2 * k] = plot.x(w);
                trail[2 * k + 1] = plot.y(f.applyAsDouble(w));
                w = k < steps ? w - rate * slope.applyAsDouble(w) : w;
            }
            double g = slope.applyAsDouble(w);
            double fw = f.applyAsDouble(w);
            double half = 0.22 * (plot.wHigh() - plot.wLow());
            double[] tangent = {plot.x(w - half), plot.y(fw - g * half), plot.x(w + half), plot.y(fw + g * half)};
            double step = -rate * g;
            return new Scene(plot, curve, tangent, trail, plot.x(w), plot.y(fw), plot.x(w + step), plot.y(fw + g * step));
        }

        StepArrowLayout layout(LabelPlacement.Surroundings around) {
            double s = plot.lineScale();
            return StepArrowLayout.of(plot.area(), x0, y0, x1, y1, plot.reach(), 4 * s, 6, STEP, SLOPE, around);
        }

        /** What the layer hands the placement (DescentPixels.layout's sizes). */
        LabelPlacement.Surroundings surroundings() {
            return new LabelPlacement.Surroundings(curve, tangent, trail, 7, plot.lineScale() * 1.5 + 3);
        }

        /** What a label covers, in words; checked by sampling, apart from the placement's own geometry. */
        List<String> problems(StepArrowLayout at) {
            List<String> problems = new ArrayList<>();
            double line = 2 * plot.lineScale();
            Box point = new Box(x0, y0, 2 * plot.reach(), 2 * plot.reach());
            for (Box label : new Box[] {at.slopeLabel, at.stepLabel}) {
                String name = (label == at.slopeLabel ? "the slope label " : "the step label ") + label + " ";
                if (!label.inside(plot.area())) {
                    problems.add(name + "sticks out of the plot");
                }
                if (label.intersects(point)) {
                    problems.add(name + "covers the point");
                }
                if (label.meets(x0, y0, at.endX, at.endY, line)) {
                    problems.add(name + "lies on the arrow");
                }
                if (label.meets(tangent[0], tangent[1], tangent[2], tangent[3], line)) {
                    problems.add(name + "lies on the tangent");
                }
                if (meetsPolyline(label, curve, line)) {
                    problems.add(name + "lies on the curve");
                }
                if (meetsPolyline(label, trail, line)) {
                    problems.add(name + "lies on the trail's lines");
                }
                for (int k = 0; k + 3 < trail.length; k += 2) {
                    if (label.intersects(new Box(trail[k], trail[k + 1], 8, 8))) {
                        problems.add(name + "covers the trail's dot " + k / 2);
                    }
                }
            }
            if (at.slopeLabel.intersects(at.stepLabel)) {
                problems.add("the labels overlap");
            }
            return problems;
        }

        private static boolean meetsPolyline(Box label, double[] xy, double reach) {
            for (int k = 0; k + 3 < xy.length; k += 2) {
                if (label.meets(xy[k], xy[k + 1], xy[k + 2], xy[k + 3], reach)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** descent-overshoot.png: 8w² from w0 = 0.9 at η = 0.11, five steps, each across the bottom. */
    private static Scene overshoot() {
        Plot plot = new Plot(new Rectangle2D.Double(52, 212, 940, 372), -1.2, 1.4, -1.29, 16.83, 1);
        return Scene.of(plot, w -> 8 * w * w, w -> 16 * w, 0.9, 0.11, 5);
    }

    /** projector.png: (w − 1)² + 0.5 from w0 = −2.5 at η = 0.796, three steps, the projector's thick lines. */
    private static Scene projector() {
        Plot plot = new Plot(new Rectangle2D.Double(52, 230, 868, 355), -3.05, 4.03, -0.78, 17.66, 1.5);
        return Scene.of(plot, w -> (w - 1) * (w - 1) + 0.5, w -> 2 * (w - 1), -2.5, 0.796, 3);
    }

    /** The narrow valley from w0 = 0.6 at a small rate: the point on the steep right wall. */
    private static Scene steepWall() {
        Plot plot = new Plot(new Rectangle2D.Double(52, 212, 940, 372), -1.2, 1.4, -1.29, 16.83, 1);
        return Scene.of(plot, w -> 8 * w * w, w -> 16 * w, 0.6, 0.01, 1);
    }

    @Test
    void inTheOvershootTheLabelsKeepOffTheTrailOnBothSidesAndTheTangent() {
        Scene scene = overshoot();
        assertEquals(List.of(), scene.problems(scene.layout(scene.surroundings())));
    }

    @Test
    void onTheProjectorTheStepLabelKeepsOffTheCurvesBottomAndTheArrow() {
        Scene scene = projector();
        assertEquals(List.of(), scene.problems(scene.layout(scene.surroundings())));
    }

    @Test
    void onASteepWallNeitherLabelGoesUnderTheCurve() {
        Scene scene = steepWall();
        assertEquals(List.of(), scene.problems(scene.layout(scene.surroundings())));
    }

    @Test
    void theOldPlacementWhichSawOnlyThePointAndTheArrowFailsTheseChecks() {
        for (Scene scene : List.of(overshoot(), projector(), steepWall())) {
            assertNotEquals(List.of(), scene.problems(scene.layout(LabelPlacement.Surroundings.NONE)));
        }
    }

    @Test
    void whereNothingIsClearTheLabelsTakeTheLeastCoveredPlaceInsideThePlot() {
        // A plot hardly larger than its labels, the curve across all of it: still inside, and apart.
        Plot plot = new Plot(new Rectangle2D.Double(0, 0, 300, 70), -1, 1, -1, 1, 1);
        Scene scene = Scene.of(plot, w -> w, w -> 1, 0.2, 0.1, 1);
        StepArrowLayout at = scene.layout(scene.surroundings());
        assertEquals(true, at.slopeLabel.inside(plot.area()) && at.stepLabel.inside(plot.area()));
    }

    @Test
    void aSegmentsLengthUnderABoxIsClippedExactly() {
        Box box = new Box(50, 50, 20, 10);
        assertEquals(20, LabelPlacement.segmentLength(box, 0, 50, 100, 50, 0), 1e-9);
        assertEquals(24, LabelPlacement.segmentLength(box, 0, 50, 100, 50, 2), 1e-9);
        assertEquals(0, LabelPlacement.segmentLength(box, 0, 60, 100, 60, 2), 1e-9);
        assertEquals(Math.hypot(10, 10), LabelPlacement.segmentLength(box, 40, 40, 60, 60, 0), 1e-9);
        assertEquals(0, LabelPlacement.segmentLength(box, Double.NaN, 50, 100, 50, 0), 1e-9);
    }
}
