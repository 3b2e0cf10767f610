package org.gradientlab.app.surface;

import java.util.Arrays;
import org.gradientlab.engine.TwoVariableFunction;
import org.gradientlab.engine.expr.SurfaceExpression;

/**
 * f(w1, w2) sampled on a grid over a box, and heights scaled for the 3-D picture: 0 at the lowest
 * value, 1 at a high one (a few spikes do not flatten the rest), clipped there. Pure.
 */
final class SurfaceMesh {

    /** Cells along each side. */
    static final int CELLS = 44;
    /** The share of the grid's values that may lie above the top of the picture. */
    static final double CLIPPED_SHARE = 0.02;

    final double[] box;
    final int n = CELLS + 1;
    /** f at node (i, j): w1 index i, w2 index j, at [j * n + i]. */
    final double[] values = new double[n * n];
    final double low;
    final double high;
    final HeightBands bands;

    SurfaceMesh(SurfaceExpression function, double[] box) {
        this.box = box.clone();
        TwoVariableFunction f = function.evaluator();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                f.evaluate(w1(i), w2(j));
                values[j * n + i] = f.value();
            }
        }
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        low = finite.length == 0 ? 0 : finite[0];
        double top = finite.length == 0 ? 1 : finite[Math.min(finite.length - 1, (int) ((1 - CLIPPED_SHARE) * finite.length))];
        high = top > low ? top : low + 1;
        bands = HeightBands.of(values);
    }

    double w1(int i) {
        return box[0] + i * (box[1] - box[0]) / CELLS;
    }

    double w2(int j) {
        return box[2] + j * (box[3] - box[2]) / CELLS;
    }

    /** A value as a height from 0 (lowest) to 1 (the top, where higher values are clipped). */
    double height(double value) {
        if (!Double.isFinite(value)) {
            return 1;
        }
        return Math.max(0, Math.min(1, (value - low) / (high - low)));
    }

    /** The height at node (i, j). */
    double height(int i, int j) {
        return height(values[j * n + i]);
    }
}
