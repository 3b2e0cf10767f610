package org.gradientlab.app.descent.chart;

import javafx.scene.paint.Color;
import org.gradientlab.app.chart.OverlayVectors.PlotArea;
import org.gradientlab.app.chart.VectorMarks;
import org.gradientlab.app.descent.model.DescentSnapshot;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.engine.descent.DescentState;

/**
 * The Descent chart's light layer as vectors, for an SVG export: the start ring, the trail, the
 * tangent at the current point with its slope, the next step's arrow and the point, where the
 * layer shows them once a glide has ended, with the labels placed as on the screen.
 */
final class DescentVectors {

    private DescentVectors() {
    }

    static void paint(VectorMarks marks, PlotArea area, ChartPalette palette, DescentSnapshot snapshot,
                      double startW, double startF, String stepFormula) {
        if (snapshot == null) {
            return;
        }
        if (Double.isFinite(startF)) {
            marks.ring(area.x(startW), area.y(startF), 6, palette.text(), 0.6);
        }
        DescentPixels pixels = new DescentPixels(area, snapshot.recent());
        double[] trail = pixels.trail;
        for (int k = 0; k < pixels.trailDots(); k++) {
            double alpha = pixels.trailAlpha(k);
            marks.line(trail[2 * k], trail[2 * k + 1], trail[2 * k + 2], trail[2 * k + 3], palette.point(), alpha * 0.5, 1.5f);
            marks.dot(trail[2 * k], trail[2 * k + 1], 4, palette.point(), alpha, null);
        }
        DescentState at = snapshot.current();
        if (!at.isFinite()) {
            return;
        }
        double w = at.w();
        double f = at.f();
        double slope = at.grad();
        double[] tangent = pixels.tangent(w, f, slope);
        marks.line(tangent[0], tangent[1], tangent[2], tangent[3], palette.tangent(), 1, 2.5f);
        double nextW = snapshot.nextW();
        boolean arrow = Double.isFinite(nextW) && nextW != w;
        double step = nextW - w;
        String slopeText = DescentPixels.slopeText(slope);
        String stepText = arrow ? DescentPixels.stepText(stepFormula, step) : null;
        double pad = palette.size(3);
        StepArrowLayout places = pixels.layout(palette, tangent, area.x(w), area.y(f), area.x(nextW),
                area.y(f + slope * step), arrow ? marks.labelSize(stepText, pad) : null, marks.labelSize(slopeText, pad));
        Color color = step > 0 ? palette.positive() : palette.negative();
        if (arrow) {
            marks.arrow(area.x(w), area.y(f), places.endX, places.endY, color, 3.5f);
        }
        marks.dot(area.x(w), area.y(f), 8, palette.point(), 1, palette.background());
        label(marks, slopeText, places.slopeLabel, palette.tangent(), palette);
        if (arrow) {
            label(marks, stepText, places.stepLabel, color, palette);
        }
    }

    private static void label(VectorMarks marks, String text, StepArrowLayout.Box box, Color color, ChartPalette palette) {
        marks.boxedLabel(text, box.x(), box.y(), box.width(), box.height(), color, palette.background());
    }
}
