package org.gradientlab.app.deepnet;

/**
 * The network's output over the plotted region at a bounded resolution, worked out on the runner
 * thread: for two inputs yhat on a grid of cells (row 0 at the top, x2 largest), for one input yhat
 * at evenly spaced x (one row). Immutable by convention: nobody writes the array after it is made.
 *
 * @param x1Min   the left edge
 * @param x1Max   the right edge
 * @param x2Min   the bottom edge (two inputs), or 0
 * @param x2Max   the top edge (two inputs), or 1
 * @param columns cells across
 * @param rows    cells down (1 for one input)
 * @param yhat    row by row, {@code columns * rows} values; cell (c, r) is at the cell's centre
 *                (two inputs) or at x = x1Min + c*(x1Max - x1Min)/(columns - 1) (one input)
 * @param step    the step it pictures
 */
public record BoundaryGrid(double x1Min, double x1Max, double x2Min, double x2Max, int columns, int rows,
                           float[] yhat, long step) {

    /** yhat of a cell. */
    public double at(int column, int row) {
        return yhat[row * columns + column];
    }
}
