package org.gradientlab.app.regression.chart;

import java.awt.image.BufferedImage;
import javafx.scene.paint.Color;
import org.gradientlab.app.chart.HeatMapImage;

/**
 * Paints a {@link LossGrid} as a heat map with contour lines: the loss above its minimum, on a log
 * scale, falls into bands a quarter of a decade wide (darker is higher), and a pixel where the band
 * changes is an iso-line. Log bands make nested rings all the way down to the lowest point, where
 * even spacing would leave one flat patch.
 */
final class ContourImage {

    /** Decades of loss above the minimum shown in bands, below the highest loss in view. */
    static final double DECADES = 3.5;
    /** Bands per decade. */
    static final int BANDS_PER_DECADE = 4;

    private ContourImage() {
    }

    /**
     * @param grid    the loss per pixel
     * @param minLoss the lowest loss of the whole bowl (NaN: the lowest in view)
     * @param low     the colour of the lowest band
     * @param high    the colour the highest band leans to
     * @param line    the iso-lines' colour
     */
    static BufferedImage render(LossGrid grid, double minLoss, Color low, Color high, Color line) {
        int width = grid.width();
        int height = grid.height();
        double base = lowest(grid, minLoss);
        int[] bands = new int[width * height];
        double top = Double.NEGATIVE_INFINITY;
        double[] level = new double[width * height];
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                double above = grid.lossAt(column, row) - base;
                double v = Math.log10(Math.max(above, Double.MIN_NORMAL));
                level[row * width + column] = v;
                if (Double.isFinite(v)) {
                    top = Math.max(top, v);
                }
            }
        }
        double floor = top - DECADES;
        int bandCount = (int) Math.round(DECADES * BANDS_PER_DECADE);
        for (int i = 0; i < level.length; i++) {
            double v = Double.isFinite(level[i]) ? Math.max(level[i], floor) : top;
            bands[i] = Math.min(bandCount - 1, (int) Math.floor((v - floor) * BANDS_PER_DECADE));
        }
        int[] colours = new int[bandCount];
        for (int b = 0; b < bandCount; b++) {
            colours[b] = HeatMapImage.argb(low.interpolate(high, 0.04 + 0.5 * b / (bandCount - 1.0)));
        }
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = colours[bands[i]];
        }
        return HeatMapImage.render(width, height, bands, pixels, line);
    }

    private static double lowest(LossGrid grid, double minLoss) {
        double lowest = Double.isFinite(minLoss) ? minLoss : Double.POSITIVE_INFINITY;
        for (int row = 0; row < grid.height(); row++) {
            for (int column = 0; column < grid.width(); column++) {
                lowest = Math.min(lowest, grid.lossAt(column, row));
            }
        }
        return lowest;
    }
}
