package org.gradientlab.app.descent.chart;

import java.awt.geom.Rectangle2D;

/**
 * Where the step arrow, its label and the slope label go in the plot area, in screen pixels, so
 * that none hides another: the arrow ends inside the plot (shortened along its own direction when
 * the next w lies outside the view, so its head still shows), the slope label sits above the point
 * (or below it when there is no room), and the step label takes the first place, below the arrow,
 * above it, or beside its ends, that is inside the plot and clear of the arrow, the point and the
 * slope label.
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
     */
    static StepArrowLayout of(Rectangle2D area, double x0, double y0, double x1, double y1, double reach, double inset,
                              double gap, double[] step, double[] slope) {
        double[] end = step == null ? new double[] {x0, y0} : pulledIn(area, x0, y0, x1, y1, inset);
        boolean shortened = end[0] != x1 || end[1] != y1;
        Box point = new Box(x0, y0, 2 * reach, 2 * reach);
        Box[] slopes = around(x0, y0, x0, y0, reach, gap, slope);
        Box first = null;
        for (Box candidate : slopes) {
            Box slopeLabel = fit(area, candidate);
            if (slopeLabel.intersects(point) || (step != null && slopeLabel.meets(x0, y0, end[0], end[1], reach))) {
                continue;
            }
            if (step == null) {
                return new StepArrowLayout(x0, y0, false, null, slopeLabel);
            }
            first = first == null ? slopeLabel : first;
            for (Box place : around(x0, y0, end[0], end[1], reach, gap, step)) {
                Box stepLabel = fit(area, place);
                if (!stepLabel.meets(x0, y0, end[0], end[1], reach) && !stepLabel.intersects(point)
                        && !stepLabel.intersects(slopeLabel)) {
                    return new StepArrowLayout(end[0], end[1], shortened, stepLabel, slopeLabel);
                }
            }
        }
        // Nowhere clear (a plot hardly larger than its labels): the first places, as good as they get.
        Box slopeLabel = first != null ? first : fit(area, slopes[0]);
        Box stepLabel = step == null ? null : fit(area, around(x0, y0, end[0], end[1], reach, gap, step)[0]);
        return new StepArrowLayout(end[0], end[1], shortened, stepLabel, slopeLabel);
    }

    /**
     * Places for a label around the segment from (x0, y0) to (x1, y1), in the order they are tried:
     * below it, above it, beside its end, beside its start and at its corners; then the same farther
     * out (a point in a corner, with the arrow leaving it, has its free room a little away).
     */
    private static Box[] around(double x0, double y0, double x1, double y1, double reach, double gap, double[] size) {
        double w = size[0];
        double h = size[1];
        boolean slopeLabel = x0 == x1 && y0 == y1;
        java.util.List<Box> places = new java.util.ArrayList<>();
        for (int ring = 0; ring < 3; ring++) {
            double midX = (x0 + x1) / 2;
            double low = Math.max(y0, y1) + reach + gap + h / 2 + ring * (h + gap);
            double high = Math.min(y0, y1) - reach - gap - h / 2 - ring * (h + gap);
            double right = Math.max(x0, x1) + reach + gap + w / 2 + ring * (w / 2 + gap);
            double left = Math.min(x0, x1) - reach - gap - w / 2 - ring * (w / 2 + gap);
            Box above = new Box(midX, high, w, h);
            Box below = new Box(midX, low, w, h);
            places.addAll(java.util.List.of(slopeLabel ? above : below, slopeLabel ? below : above, new Box(right, y1, w, h),
                    new Box(left, y1, w, h), new Box(right, y0, w, h), new Box(left, y0, w, h), new Box(right, low, w, h),
                    new Box(left, low, w, h), new Box(right, high, w, h), new Box(left, high, w, h)));
        }
        return places.toArray(Box[]::new);
    }

    /** The box moved inside the area where it sticks out (as far as it can be). */
    private static Box fit(Rectangle2D area, Box box) {
        double x = Math.max(area.getMinX() + box.width() / 2, Math.min(area.getMaxX() - box.width() / 2, box.x()));
        double y = Math.max(area.getMinY() + box.height() / 2, Math.min(area.getMaxY() - box.height() / 2, box.y()));
        return new Box(x, y, box.width(), box.height());
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
