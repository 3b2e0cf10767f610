package org.gradientlab.app.regression.chart;

import java.awt.geom.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.look.ChartPalette;

/** Text on a light box on a chart's layer, kept inside the plot area. */
final class ChartLabels {

    /** Nominal sizes of the two kinds of label; the palette scales them with the text. */
    static final double BOLD = 16;
    static final double SMALL = 13;

    private ChartLabels() {
    }

    /** Text with its top-left corner at (x, y), or its top-right corner when {@code alignRight}. */
    static void label(GraphicsContext g, OverlayChart chart, double nominalSize, Color color, String text, double x,
                      double y, boolean alignRight) {
        ChartPalette palette = chart.palette();
        Font font = palette.font("System", nominalSize == BOLD ? FontWeight.BOLD : FontWeight.NORMAL, nominalSize);
        Text measure = new Text(text);
        measure.setFont(font);
        double width = measure.getLayoutBounds().getWidth();
        double height = measure.getLayoutBounds().getHeight();
        double left = alignRight ? x - width : x;
        Rectangle2D area = chart.dataArea();
        left = Math.max(area.getMinX() + 4, Math.min(area.getMaxX() - width - 4, left));
        g.setFill(palette.background().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(left - 5, y - 3, width + 10, height + 6, 8, 8);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(color);
        g.fillText(text, left, y);
    }

    /** Clips drawing to the plot area; pair with {@code g.restore()}. */
    static void clipToPlot(GraphicsContext g, OverlayChart chart) {
        Rectangle2D area = chart.dataArea();
        g.save();
        g.beginPath();
        g.rect(area.getX(), area.getY(), area.getWidth(), area.getHeight());
        g.clip();
    }
}
