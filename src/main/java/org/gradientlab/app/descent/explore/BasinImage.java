package org.gradientlab.app.descent.explore;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.scene.paint.Color;
import org.gradientlab.app.chart.HeatMapImage;
import org.gradientlab.engine.descent.BasinResult;
import org.gradientlab.engine.descent.DescentOutcome;
import org.gradientlab.engine.sweep.RateRegion;

/**
 * Paints a basin map, one pixel per cell, lowest rate at the bottom: each minimum has its own
 * colour, diverged runs the lesson's negative colour, runs that did not settle in N steps a grey.
 * The more steps a run took, the paler its cell, so fast convergence stands out as deep colour.
 */
final class BasinImage {

    /** Colours of the minima, in order of w (Okabe-Ito, colour-blind safe); more minima reuse them. */
    static final List<Color> MINIMUM_COLOURS = List.of(Color.web("#0072b2"), Color.web("#009e73"), Color.web("#6a3d9a"),
            Color.web("#cc79a7"), Color.web("#56b4e9"), Color.web("#f0e442"));
    /** How far towards the background the slowest run fades. */
    static final double MOST_FADE = 0.7;

    /** Pixels a side per cell in the picture. */
    static final int CELL_PIXELS = 6;

    private BasinImage() {
    }

    /** The colour a minimum's cells start from. */
    static Color minimumColour(int minimum) {
        return MINIMUM_COLOURS.get(minimum % MINIMUM_COLOURS.size());
    }

    /** A cell's colour; cells not run (cancelled) take the background. */
    static Color cellColour(BasinResult result, DescentOutcome cell, Color background, Color diverged, Color unsettled) {
        if (cell == null) {
            return background;
        }
        if (cell.region() == RateRegion.DIVERGING) {
            return fade(diverged, background, cell.steps(), result.map().maxSteps());
        }
        int minimum = result.minimumOf(cell);
        if (minimum < 0) {
            return unsettled;
        }
        return fade(minimumColour(minimum), background, cell.steps(), result.map().maxSteps());
    }

    private static Color fade(Color colour, Color background, long steps, int maxSteps) {
        // Steps on a log scale: 10 and 100 steps look as different as 100 and 1000.
        double t = MOST_FADE * Math.log1p(steps) / Math.log1p(maxSteps);
        return colour.interpolate(background, Math.max(0, Math.min(MOST_FADE, t)));
    }

    /**
     * The picture, {@link #CELL_PIXELS} pixels a side per cell: the chart draws it smoothed, and a
     * one-pixel cell would blur into its neighbours.
     */
    static BufferedImage render(BasinResult result, Color background, Color diverged, Color unsettled) {
        int columns = result.map().columns();
        int rows = result.map().rows();
        BufferedImage image = new BufferedImage(columns * CELL_PIXELS, rows * CELL_PIXELS, BufferedImage.TYPE_INT_ARGB);
        int[] block = new int[CELL_PIXELS * CELL_PIXELS];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                java.util.Arrays.fill(block, HeatMapImage.argb(cellColour(result, result.at(column, row), background, diverged, unsettled)));
                image.setRGB(column * CELL_PIXELS, (rows - 1 - row) * CELL_PIXELS, CELL_PIXELS, CELL_PIXELS, block, 0,
                        CELL_PIXELS);
            }
        }
        return image;
    }
}
