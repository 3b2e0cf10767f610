package org.gradientlab.app.descent.chart;

import java.awt.geom.Rectangle2D;

/**
 * Where the step arrow, its label and the slope label go in the plot area, in pixels, so that
 * none hides another: the arrow ends inside the plot (shortened along its own direction when the
 * next w lies outside the view, so its head still shows), and the labels go where
 * {@link LabelPlacement} finds them room, clear of the arrow, the point, each other, the tangent,
 * the curve and the trail.
 */
final class StepArrowLayout {

    /** A label's box: centre and size. */
    record Box(double x, double y, double width, double height) {

        double left() {
            return x - width / 2;
        }

        double right() {
            return x + width / 2;
        }

        double top() {
            return y - height / 2;
        }

        double bottom() {
            return y + height / 2;
        }

        boolean intersects(Box o) {
            return left() < o.right() && o.left() < right() && top() < o.bottom() && o.top() < bottom();
        }

        boolean inside(Rectangle2D area) {
            return left() >= area.getMinX() - 0.5 && right() <= area.getMaxX() + 0.5 && top() >= area.getMinY() - 0.5
                    && bottom() <= area.getMaxY() + 0.5;
        }

        /** Whether the segment, as thick as {@code reach} on each side, passes through the box. */
        boolean meets(double x0, double y0, double x1, double y1, double reach) {
            int samples = 64;
            for (int i = 0; i <= samples; i++) {
                double px = x0 + (x1 - x0) * i / samples;
                double py = y0 + (y1 - y0) * i / samples;
                double dx = Math.max(left() - px, Math.max(0, px - right()));
                double dy = Math.max(top() - py, Math.max(0, py - bottom()));
                if (Math.hypot(dx, dy) < reach) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The arrow's end, inside the plot. */
    final double endX;
    final double endY;
    /** Whether the end was pulled in because the next w or its height lies outside the view. */
    final boolean shortened;
    final Box stepLabel;
    final Box slopeLabel;

    private StepArrowLayout(double endX, double endY, boolean shortened, Box stepLabel, Box slopeLabel) {
        this.endX = endX;
        this.endY = endY;
        this.shortened = shortened;
        this.stepLabel = stepLabel;
        this.slopeLabel = slopeLabel;
    }

    /**
     * @param area    the plot area
     * @param x0      the point, where the arrow starts
     * @param x1      where the arrow would end (the next w on the tangent), perhaps outside the area
     * @param reach   how far the arrow (its line and head) and the point reach either side of the line
     * @param inset   how far inside the area's edge the arrow's end stays (its head)
     * @param gap     the space kept between a label and what it labels
     * @param step    the step label's width and height, or null when there is no arrow
     * @param slope   the slope label's width and height
     * @param around  the curve, the tangent and the trail, which the labels keep clear of too
     */
    static StepArrowLayout of(Rectangle2D area, double x0, double y0, double x1, double y1, double reach, double inset,
                              double gap, double[] step, double[] slope, LabelPlacement.Surroundings around) {
        double[] end = step == null ? new double[] {x0, y0} : pulledIn(area, x0, y0, x1, y1, inset);
        boolean shortened = end[0] != x1 || end[1] != y1;
        LabelPlacement.Placed labels = LabelPlacement.place(area, x0, y0, end[0], end[1], reach, gap, step, slope, around);
        return new StepArrowLayout(end[0], end[1], step != null && shortened, labels.step(), labels.slope());
    }

    /** The end moved back along the arrow until it is {@code inset} inside the area. */
    private static double[] pulledIn(Rectangle2D area, double x0, double y0, double x1, double y1, double inset) {
        double t = 1;
        double minX = area.getMinX() + inset;
        double maxX = area.getMaxX() - inset;
        double minY = area.getMinY() + inset;
        double maxY = area.getMaxY() - inset;
        if (x1 > maxX && x1 != x0) {
            t = Math.min(t, (maxX - x0) / (x1 - x0));
        } else if (x1 < minX && x1 != x0) {
            t = Math.min(t, (minX - x0) / (x1 - x0));
        }
        if (y1 > maxY && y1 != y0) {
            t = Math.min(t, (maxY - y0) / (y1 - y0));
        } else if (y1 < minY && y1 != y0) {
            t = Math.min(t, (minY - y0) / (y1 - y0));
        }
        t = Math.max(0, t);
        return t == 1 ? new double[] {x1, y1} : new double[] {x0 + (x1 - x0) * t, y0 + (y1 - y0) * t};
    }
}
