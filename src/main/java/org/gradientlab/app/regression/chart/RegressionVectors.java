package org.gradientlab.app.regression.chart;

import org.gradientlab.app.chart.OverlayVectors.PlotArea;
import org.gradientlab.app.chart.VectorMarks;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.regression.model.LossBowl;
import org.gradientlab.app.regression.model.RegressionSnapshot;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.regression.RegressionState;

/**
 * The Regression charts' light layers as vectors, for an SVG export: on the data, the line with its
 * equation and the residuals; on the loss surface, the path, the start, the best fit and the point.
 */
final class RegressionVectors {

    private RegressionVectors() {
    }

    static void scatter(VectorMarks marks, PlotArea area, ChartPalette palette, RegressionSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        double w0 = snapshot.lineW0();
        double w1 = snapshot.lineW1();
        if (!Double.isFinite(w0) || !Double.isFinite(w1)) {
            return;
        }
        DataSet data = snapshot.setup().data().data();
        if (data.size() <= ScatterLayer.MAX_RESIDUALS) {
            for (int j = 0; j < data.size(); j++) {
                double x = data.x()[j];
                marks.line(area.x(x), area.y(data.y()[j]), area.x(x), area.y(w0 + w1 * x), palette.tangent(), 0.55, 1.5f);
            }
        }
        double left = area.dataX(area.dataArea().getMinX());
        double right = area.dataX(area.dataArea().getMaxX());
        double[] segment = ScatterLayer.clip(area.dataArea(), area.y(w0 + w1 * left), area.y(w0 + w1 * right));
        if (segment != null) {
            marks.line(segment[0], segment[1], segment[2], segment[3], palette.point(), 1, 3.5f);
        }
        marks.label(ScatterLayer.equation(w0, w1), area.dataArea().getCenterX(), area.dataArea().getMinY() + 16,
                palette.point());
    }

    static void contour(VectorMarks marks, PlotArea area, ChartPalette palette, RegressionSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        LossBowl bowl = snapshot.setup().bowl();
        if (bowl.hasMinimum()) {
            double x = area.x(bowl.statistics().bestW0());
            double y = area.y(bowl.statistics().bestW1());
            marks.line(x - 7, y - 7, x + 7, y + 7, palette.positive(), 1, 3);
            marks.line(x - 7, y + 7, x + 7, y - 7, palette.positive(), 1, 3);
        }
        Trace trace = snapshot.trace();
        double[] w0s = trace.values()[RegressionSnapshot.W0];
        double[] w1s = trace.values()[RegressionSnapshot.W1];
        RegressionState at = snapshot.current();
        double[] xs = new double[w0s.length + 1];
        double[] ys = new double[w0s.length + 1];
        int count = 0;
        for (int i = 0; i <= w0s.length; i++) {
            double w0 = i < w0s.length ? w0s[i] : at.w0();
            double w1 = i < w0s.length ? w1s[i] : at.w1();
            if (Double.isFinite(w0) && Double.isFinite(w1)) {
                xs[count] = area.x(w0);
                ys[count] = area.y(w1);
                count++;
            }
        }
        marks.polyline(xs, ys, count, palette.point(), 2.5f);
        marks.ring(area.x(snapshot.setup().startW0()), area.y(snapshot.setup().startW1()), 7, palette.text(), 1);
        if (at.isFinite()) {
            marks.dot(area.x(at.w0()), area.y(at.w1()), 8, palette.point(), 1, palette.background());
        }
    }
}
