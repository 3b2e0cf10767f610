package org.gradientlab.app.regression.chart;

import org.gradientlab.app.regression.model.LossBowl;
import org.gradientlab.engine.regression.LossSurface;

/**
 * The loss at the centre of every pixel of a view of the (w0, w1) plane, for the contour image:
 * columns go along w0 from low to high, rows along w1 from high (row 0, the top) to low. Filled by
 * the closed form ({@link LossSurface#closedForm}), O(1) per pixel whatever the size of the data.
 */
public final class LossGrid {

    private final double[] w0s;
    private final double[] w1s;
    private final double[] loss;

    private LossGrid(double[] w0s, double[] w1s, double[] loss) {
        this.w0s = w0s;
        this.w1s = w1s;
        this.loss = loss;
    }

    /** The loss of the bowl over [w0Low, w0High] x [w1Low, w1High] in width x height pixels. */
    public static LossGrid of(LossBowl bowl, double w0Low, double w0High, double w1Low, double w1High,
                              int width, int height) {
        double[] w0s = new double[width];
        double[] w1s = new double[height];
        for (int column = 0; column < width; column++) {
            w0s[column] = w0Low + (column + 0.5) * (w0High - w0Low) / width;
        }
        for (int row = 0; row < height; row++) {
            w1s[row] = w1High - (row + 0.5) * (w1High - w1Low) / height;
        }
        double[] loss = new double[width * height];
        LossSurface.closedForm(bowl.statistics(), bowl.reduction(), w0s, w1s, loss);
        return new LossGrid(w0s, w1s, loss);
    }

    /** Pixels across. */
    public int width() {
        return w0s.length;
    }

    /** Pixels down. */
    public int height() {
        return w1s.length;
    }

    /** The w0 at the centre of a column. */
    public double w0At(int column) {
        return w0s[column];
    }

    /** The w1 at the centre of a row (row 0 is the top). */
    public double w1At(int row) {
        return w1s[row];
    }

    /** The loss at a pixel's centre. */
    public double lossAt(int column, int row) {
        return loss[row * w0s.length + column];
    }
}
