package org.gradientlab.app.deepnet;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The level line yhat = level through a grid of cell-centre values, by marching squares with
 * linear interpolation along each cell side: one segment per cell the line crosses (two for a saddle).
 */
final class BoundaryContour {

    private BoundaryContour() {
    }

    static void draw(GraphicsContext g, BoundaryGrid grid, double level, double px, double py, double pw, double ph,
                     Color color, double width) {
        double cw = pw / grid.columns();
        double chh = ph / grid.rows();
        g.setStroke(color);
        g.setLineWidth(width);
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int r = 0; r + 1 < grid.rows(); r++) {
            for (int c = 0; c + 1 < grid.columns(); c++) {
                double a = grid.at(c, r) - level;
                double b = grid.at(c + 1, r) - level;
                double d = grid.at(c + 1, r + 1) - level;
                double e = grid.at(c, r + 1) - level;
                double x0 = px + (c + 0.5) * cw;
                double y0 = py + (r + 0.5) * chh;
                int n = 0;
                // Sides in order: top (a-b), right (b-d), bottom (e-d), left (a-e).
                if ((a < 0) != (b < 0)) {
                    xs[n] = x0 + cw * a / (a - b);
                    ys[n++] = y0;
                }
                if ((b < 0) != (d < 0)) {
                    xs[n] = x0 + cw;
                    ys[n++] = y0 + chh * b / (b - d);
                }
                if ((e < 0) != (d < 0)) {
                    xs[n] = x0 + cw * e / (e - d);
                    ys[n++] = y0 + chh;
                }
                if ((a < 0) != (e < 0)) {
                    xs[n] = x0;
                    ys[n++] = y0 + chh * a / (a - e);
                }
                if (n >= 2) {
                    g.strokeLine(xs[0], ys[0], xs[1], ys[1]);
                }
                if (n == 4) {
                    g.strokeLine(xs[2], ys[2], xs[3], ys[3]);
                }
            }
        }
    }
}
