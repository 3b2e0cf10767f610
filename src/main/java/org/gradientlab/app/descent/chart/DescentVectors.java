package org.gradientlab.app.descent.chart;

import java.util.List;
import javafx.scene.paint.Color;
import org.gradientlab.app.chart.OverlayVectors.PlotArea;
import org.gradientlab.app.chart.VectorMarks;
import org.gradientlab.app.descent.model.DescentSnapshot;
import org.gradientlab.app.descent.model.StepRow;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.descent.DescentState;

/**
 * The Descent chart's light layer as vectors, for an SVG export: the start ring, the trail, the
 * tangent at the current point with its slope, the next step's arrow and the point, where the
 * layer shows them once a glide has ended.
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
        List<StepRow> rows = snapshot.recent();
        int from = Math.max(0, rows.size() - 1 - DescentLayer.TRAIL);
        for (int i = from; i < rows.size() - 1; i++) {
            double age = (double) (rows.size() - 1 - i) / (DescentLayer.TRAIL + 1);
            double alpha = 0.75 * (1 - age) + 0.1;
            StepRow row = rows.get(i);
            StepRow next = rows.get(i + 1);
            marks.line(area.x(row.w()), area.y(row.f()), area.x(next.w()), area.y(next.f()), palette.point(),
                    alpha * 0.5, 1.5f);
            marks.dot(area.x(row.w()), area.y(row.f()), 4, palette.point(), alpha, null);
        }
        DescentState at = snapshot.current();
        if (!at.isFinite()) {
            return;
        }
        double halfWidth = 0.22 * (area.dataX(area.dataArea().getMaxX()) - area.dataX(area.dataArea().getMinX()));
        double w = at.w();
        double f = at.f();
        double slope = at.grad();
        marks.line(area.x(w - halfWidth), area.y(f - slope * halfWidth), area.x(w + halfWidth),
                area.y(f + slope * halfWidth), palette.tangent(), 1, 2.5f);
        double nextW = snapshot.nextW();
        if (Double.isFinite(nextW) && nextW != w) {
            double step = nextW - w;
            Color color = step > 0 ? palette.positive() : palette.negative();
            marks.arrow(area.x(w), area.y(f), area.x(nextW), area.y(f + slope * step), color, 3.5f);
            marks.label("step " + stepFormula + " = " + Numbers.signed(step) + (step > 0 ? "  →" : "  ←"),
                    (area.x(w) + area.x(nextW)) / 2, Math.max(area.y(f), area.y(f + slope * step)) + 30, color);
        }
        marks.dot(area.x(w), area.y(f), 8, palette.point(), 1, palette.background());
        boolean roomAbove = area.y(f) - area.dataArea().getMinY() > 60;
        marks.label("slope f′(w) = " + Numbers.format(slope), area.x(w), area.y(f) + (roomAbove ? -30 : 60),
                palette.tangent());
    }
}
