package org.gradientlab.app.descent.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.gradientlab.app.descent.chart.StepArrowLayout.Box;

/**
 * Where the slope label and the step label go, in pixels, for the screen's layer and the SVG alike:
 * places in rings around the point (and around the arrow, for the step label), nearest first; the
 * nearest pair inside the plot and clear of each other, the point, the arrow, the tangent, the
 * curve and the trail's dots is taken, where lying on one of the trail's faint lines counts as a
 * ring farther out; where no pair is clear, the pair that covers least.
 */
final class LabelPlacement {

    /**
     * What the labels keep clear of besides the point and the arrow, in pixels.
     *
     * @param curve     the curve as x, y pairs in order (a NaN pair is a gap)
     * @param tangent   the tangent's ends: x0, y0, x1, y1 (empty for none)
     * @param trail     earlier points as x, y pairs, oldest first, ending with the current step's point:
     *                  lines join them in order, and each but the last is a dot
     * @param dotRadius how far a trail dot reaches from its centre, with room to spare
     * @param lineReach how far the curve, the tangent and a trail line reach either side, with room
     */
    record Surroundings(double[] curve, double[] tangent, double[] trail, double dotRadius, double lineReach) {

        static final Surroundings NONE = new Surroundings(new double[0], new double[0], new double[0], 0, 0);
    }

    /** The labels' places: the step label is null when there is no arrow. */
    record Placed(Box slope, Box step) {
    }

    /** Covering the point or the other label counts this many times a line's length. */
    private static final double SOLID = 3;
    /** Places tried in each ring around the point or the arrow. */
    private static final int RING = 14;
    /** Covering a faint trail line counts this fraction of a line's length. */
    private static final double FAINT = 0.2;

    private LabelPlacement() {
    }

    /**
     * @param x0    the point
     * @param endX  the arrow's end (inside the area), ignored when {@code step} is null
     * @param reach how far the point and the arrow reach from their centre and line
     * @param gap   the space kept between a label and what it labels
     * @param step  the step label's width and height, or null when there is no arrow
     * @param slope the slope label's width and height
     */
    static Placed place(Rectangle2D area, double x0, double y0, double endX, double endY, double reach, double gap,
                        double[] step, double[] slope, Surroundings around) {
        double[] arrow = step == null ? null : new double[] {x0, y0, endX, endY};
        Box point = new Box(x0, y0, 2 * reach, 2 * reach);
        List<Box> slopes = candidates(area, x0, y0, x0, y0, reach, gap, slope, true);
        List<Box> steps = step == null ? java.util.Collections.singletonList(null)
                : candidates(area, x0, y0, endX, endY, reach, gap, step, false);
        double[][] slopeCost = costs(slopes, area, point, arrow, reach, around);
        double[][] stepCost = costs(steps, area, point, arrow, reach, around);
        Placed best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        Placed least = null;
        double leastCost = Double.POSITIVE_INFINITY;
        for (int i = 0; i < slopes.size(); i++) {
            for (int j = 0; j < steps.size(); j++) {
                Box s = slopes.get(i);
                Box t = steps.get(j);
                double hard = slopeCost[i][0] + stepCost[j][0] + (t == null ? 0 : SOLID * overlap(s, grown(t, gap)));
                // Nearer first; a label on a faint trail line counts as one ring farther out.
                double score = i + j + (slopeCost[i][1] > 0 ? RING : 0) + (stepCost[j][1] > 0 ? RING : 0);
                if (hard == 0 && score < bestScore) {
                    bestScore = score;
                    best = new Placed(s, t);
                }
                double cost = hard + FAINT * (slopeCost[i][1] + stepCost[j][1]);
                if (cost < leastCost) {
                    leastCost = cost;
                    least = new Placed(s, t);
                }
            }
        }
        return best != null ? best : least;
    }

    /** For each box: what it covers that must stay visible, and the length of faint trail line under it. */
    private static double[][] costs(List<Box> boxes, Rectangle2D area, Box point, double[] arrow, double reach,
                                    Surroundings around) {
        double[][] costs = new double[boxes.size()][];
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            costs[i] = box == null ? new double[2] : new double[] {hardCost(box, area, point, arrow, reach, around),
                    polylineLength(box, around.trail(), around.lineReach())};
        }
        return costs;
    }

    private static double hardCost(Box box, Rectangle2D area, Box point, double[] arrow, double reach, Surroundings around) {
        double cost = Math.max(0, area.getMinX() - box.left()) + Math.max(0, box.right() - area.getMaxX())
                + Math.max(0, area.getMinY() - box.top()) + Math.max(0, box.bottom() - area.getMaxY());
        cost += SOLID * overlap(box, point);
        if (arrow != null) {
            cost += SOLID * segmentLength(box, arrow[0], arrow[1], arrow[2], arrow[3], reach);
        }
        double[] tangent = around.tangent();
        if (tangent.length == 4) {
            cost += segmentLength(box, tangent[0], tangent[1], tangent[2], tangent[3], around.lineReach());
        }
        cost += polylineLength(box, around.curve(), around.lineReach());
        double[] trail = around.trail();
        double dot = 2 * around.dotRadius();
        for (int k = 0; k + 3 < trail.length; k += 2) {
            cost += SOLID * overlap(box, new Box(trail[k], trail[k + 1], dot, dot));
        }
        return cost;
    }

    /**
     * Places around the segment from (x0, y0) to (x1, y1), moved inside the area, nearest first: in
     * each ring above and below it (the slope label tries above first, the step label below), the
     * same shifted half a label to either side, beside its ends, and at its corners.
     */
    private static List<Box> candidates(Rectangle2D area, double x0, double y0, double x1, double y1, double reach,
                                        double gap, double[] size, boolean aboveFirst) {
        double w = size[0];
        double h = size[1];
        List<Box> places = new ArrayList<>();
        double midX = (x0 + x1) / 2;
        for (int ring = 0; ring < 4; ring++) {
            double low = Math.max(y0, y1) + reach + gap + h / 2 + ring * (h + gap);
            double high = Math.min(y0, y1) - reach - gap - h / 2 - ring * (h + gap);
            double right = Math.max(x0, x1) + reach + gap + w / 2 + ring * (w / 2 + gap);
            double left = Math.min(x0, x1) - reach - gap - w / 2 - ring * (w / 2 + gap);
            double first = aboveFirst ? high : low;
            double second = aboveFirst ? low : high;
            for (double y : new double[] {first, second}) {
                places.add(new Box(midX, y, w, h));
                places.add(new Box(midX - w / 2, y, w, h));
                places.add(new Box(midX + w / 2, y, w, h));
            }
            for (double y : new double[] {y1, y0, first, second}) {
                places.add(new Box(right, y, w, h));
                places.add(new Box(left, y, w, h));
            }
        }
        places.replaceAll(box -> fit(area, box));
        return places;
    }

    /** The box moved inside the area where it sticks out (as far as it can be). */
    static Box fit(Rectangle2D area, Box box) {
        double x = Math.max(area.getMinX() + box.width() / 2, Math.min(area.getMaxX() - box.width() / 2, box.x()));
        double y = Math.max(area.getMinY() + box.height() / 2, Math.min(area.getMaxY() - box.height() / 2, box.y()));
        return new Box(x, y, box.width(), box.height());
    }

    private static Box grown(Box box, double by) {
        return new Box(box.x(), box.y(), box.width() + 2 * by, box.height() + 2 * by);
    }

    /** How much of the two boxes overlaps, as the side of a square of that area (0 when apart). */
    static double overlap(Box a, Box b) {
        double w = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        return w > 0 && h > 0 ? Math.sqrt(w * h) : 0;
    }

    /** The length of the polyline (x, y pairs, NaN for a gap) inside the box grown by {@code reach}. */
    static double polylineLength(Box box, double[] xy, double reach) {
        double length = 0;
        for (int k = 0; k + 3 < xy.length; k += 2) {
            length += segmentLength(box, xy[k], xy[k + 1], xy[k + 2], xy[k + 3], reach);
        }
        return length;
    }

    /** The length of the segment inside the box grown by {@code reach} on every side (Liang-Barsky). */
    static double segmentLength(Box box, double x0, double y0, double x1, double y1, double reach) {
        double minX = box.left() - reach;
        double maxX = box.right() + reach;
        double minY = box.top() - reach;
        double maxY = box.bottom() + reach;
        if (!(Math.max(x0, x1) > minX && Math.min(x0, x1) < maxX && Math.max(y0, y1) > minY && Math.min(y0, y1) < maxY)) {
            return 0;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] t = {0, 1};
        if (!clip(-dx, x0 - minX, t) || !clip(dx, maxX - x0, t) || !clip(-dy, y0 - minY, t) || !clip(dy, maxY - y0, t)) {
            return 0;
        }
        // A segment shorter than a pixel still counts as a mark under the box.
        return Math.max(1, (t[1] - t[0]) * Math.hypot(dx, dy));
    }

    private static boolean clip(double p, double q, double[] t) {
        if (p == 0) {
            return q > 0;
        }
        double r = q / p;
        if (p < 0) {
            t[0] = Math.max(t[0], r);
        } else {
            t[1] = Math.min(t[1], r);
        }
        return t[0] < t[1];
    }
}
