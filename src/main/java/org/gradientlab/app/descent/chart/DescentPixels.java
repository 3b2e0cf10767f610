package org.gradientlab.app.descent.chart;

import java.util.List;
import org.gradientlab.app.chart.OverlayVectors.PlotArea;
import org.gradientlab.app.descent.model.StepRow;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.look.Numbers;
import org.jfree.data.xy.XYDataset;

/**
 * The Descent layer's marks in the pixels of one picture (the screen's canvas or an SVG export):
 * the trail, the tangent and the curve as drawn, and where the arrow and the labels go, so the
 * screen and the export place them the same way.
 */
final class DescentPixels {

    /** Earlier points kept in the trail. */
    static final int TRAIL = 30;

    private final PlotArea area;
    /** The trail's points as x, y pairs, oldest first, ending with the current step's point. */
    final double[] trail;

    /** The trail of the newest rows. */
    DescentPixels(PlotArea area, List<StepRow> recent) {
        this.area = area;
        int from = Math.max(0, recent.size() - 1 - TRAIL);
        trail = new double[2 * (recent.size() - from)];
        for (int i = from; i < recent.size(); i++) {
            trail[2 * (i - from)] = area.x(recent.get(i).w());
            trail[2 * (i - from) + 1] = area.y(recent.get(i).f());
        }
    }

    /** The ends of the tangent at (w, f) with this slope (mid-glide, perhaps not a row): x0, y0, x1, y1. */
    double[] tangent(double w, double f, double slope) {
        double half = tangentHalfWidth(area);
        return new double[] {area.x(w - half), area.y(f - slope * half), area.x(w + half), area.y(f + slope * half)};
    }

    /** How far the tangent reaches either side of w, in data units: a fixed share of the view. */
    static double tangentHalfWidth(PlotArea area) {
        return 0.22 * (area.dataX(area.dataArea().getMaxX()) - area.dataX(area.dataArea().getMinX()));
    }

    /** How many dots the trail has (its points but the current one). */
    int trailDots() {
        return Math.max(0, trail.length / 2 - 1);
    }

    /** The opacity of the trail's k-th dot: the oldest faintest. */
    double trailAlpha(int k) {
        double age = (double) (trail.length / 2 - 1 - k) / (TRAIL + 1);
        return 0.75 * (1 - age) + 0.1;
    }

    /**
     * The arrow's end and the labels' places, the same on the screen and in an export.
     *
     * @param tangent the tangent's ends, from {@link #tangent}
     * @param x0    the point, in pixels
     * @param x1    where the arrow would end, perhaps outside the plot
     * @param step  the step label's size, or null for no arrow
     * @param slope the slope label's size
     */
    StepArrowLayout layout(ChartPalette palette, double[] tangent, double x0, double y0, double x1, double y1, double[] step, double[] slope) {
        LabelPlacement.Surroundings around = new LabelPlacement.Surroundings(curve(area), tangent, trail,
                palette.size(4) + palette.size(3), palette.line(1.5) + palette.size(3));
        return StepArrowLayout.of(area.dataArea(), x0, y0, x1, y1, palette.line(8) + palette.line(2.5), palette.line(4),
                palette.size(6), step, slope, around);
    }

    /** The slope label's text. */
    static String slopeText(double slope) {
        return "slope f′(w) = " + Numbers.format(slope);
    }

    /** The step label's text: the step's formula (or name), its size and which way it goes. */
    static String stepText(String formula, double step) {
        return "step " + formula + " = " + Numbers.signed(step) + (step > 0 ? "  →" : "  ←");
    }

    /** The chart's curve (its first series) in pixels, as x, y pairs; NaN where it has a gap. */
    private static double[] curve(PlotArea area) {
        XYDataset data = area.plot().getDataset();
        if (data == null || data.getSeriesCount() == 0) {
            return new double[0];
        }
        int count = data.getItemCount(0);
        double[] xy = new double[2 * count];
        for (int i = 0; i < count; i++) {
            xy[2 * i] = area.x(data.getXValue(0, i));
            xy[2 * i + 1] = area.y(data.getYValue(0, i));
        }
        return xy;
    }
}
