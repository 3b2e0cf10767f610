package org.gradientlab.app.chart;

import java.awt.image.BufferedImage;
import javafx.scene.paint.Color;

/**
 * A heat map's pixels: each one its band's colour, and a pixel where the band changes to its right
 * or below drawn in the line colour, so the band edges are the contour lines. Pure: it may be
 * made on any thread.
 */
public final class HeatMapImage {

    private HeatMapImage() {
    }

    /**
     * @param band   the band of each pixel, row by row from the top
     * @param pixels the colour of each pixel as ARGB; the edges are drawn over it
     * @param line   the contour lines' colour
     */
    public static BufferedImage render(int width, int height, int[] band, int[] pixels, Color line) {
        int lineColour = argb(line);
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                int i = row * width + column;
                if ((column + 1 < width && band[i + 1] != band[i]) || (row + 1 < height && band[i + width] != band[i])) {
                    pixels[i] = lineColour;
                }
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        return image;
    }

    /** A colour as an ARGB int. */
    public static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
