package org.gradientlab.app.surface;

import java.awt.image.BufferedImage;
import javafx.scene.paint.Color;
import org.gradientlab.app.chart.HeatMapImage;
import org.gradientlab.engine.TwoVariableFunction;
import org.gradientlab.engine.expr.SurfaceExpression;

/**
 * The heat map of f(w1, w2) over a box, one value per pixel, banded by {@link HeightBands} with
 * the band edges drawn as contour lines. Pure: it may be made on any thread.
 */
final class HeatImage {

    private HeatImage() {
    }

    /**
     * @param box the view: w1 from, w1 to, w2 from, w2 to (w2 grows upwards, row 0 is the top)
     */
    static BufferedImage render(SurfaceExpression function, double[] box, int width, int height,
                                Color low, Color high, Color line) {
        TwoVariableFunction f = function.evaluator();
        double[] values = new double[width * height];
        for (int row = 0; row < height; row++) {
            double w2 = box[3] - (row + 0.5) * (box[3] - box[2]) / height;
            for (int column = 0; column < width; column++) {
                double w1 = box[0] + (column + 0.5) * (box[1] - box[0]) / width;
                f.evaluate(w1, w2);
                values[row * width + column] = f.value();
            }
        }
        HeightBands bands = HeightBands.of(values);
        int[] band = new int[values.length];
        int[] pixels = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            band[i] = bands.band(values[i]);
            pixels[i] = HeatMapImage.argb(HeightBands.colour(bands.shade(values[i]), low, high));
        }
        return HeatMapImage.render(width, height, band, pixels, line);
    }
}
