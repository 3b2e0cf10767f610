package org.gradientlab.app.descent.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.gradientlab.app.look.ChartPalette;

/**
 * The step arrow and the two labels of the Descent layer (the slope, the step) on light boxes:
 * measured once a frame, drawn where {@link StepArrowLayout} puts them, so none hides another.
 */
final class StepArrowPainter {

    private final Font font;
    private final String slope;
    private final String step;
    private final Text measure = new Text();
    private final double pad;
    private final Color background;

    /** @param step the step label's text, or null when no arrow is drawn */
    StepArrowPainter(ChartPalette palette, String slope, String step) {
        this.font = palette.font("System", FontWeight.BOLD, 16);
        this.background = palette.background().deriveColor(0, 1, 1, 0.85);
        this.slope = slope;
        this.step = step;
        this.pad = palette.size(3);
        measure.setFont(font);
    }

    private double[] size(String text) {
        measure.setText(text);
        return new double[] {measure.getLayoutBounds().getWidth() + 12, measure.getLayoutBounds().getHeight() + 2 * pad};
    }

    double[] slopeSize() {
        return size(slope);
    }

    double[] stepSize() {
        return step == null ? null : size(step);
    }

    void drawSlope(GraphicsContext g, Color color, StepArrowLayout.Box box) {
        draw(g, color, slope, box);
    }

    void drawStep(GraphicsContext g, Color color, StepArrowLayout.Box box) {
        draw(g, color, step, box);
    }

    private void draw(GraphicsContext g, Color color, String text, StepArrowLayout.Box box) {
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(background);
        g.fillRoundRect(box.left(), box.top(), box.width(), box.height(), 8, 8);
        g.setFill(color);
        g.fillText(text, box.x(), box.y());
    }

    /** The arrow to its end (pulled inside the plot by StepArrowLayout), with its head. */
    static void arrow(GraphicsContext g, ChartPalette palette, Color color, double x0, double y0, double x1, double y1) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length < 6) {
            return;
        }
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(palette.line(3.5));
        g.strokeLine(x0, y0, x1, y1);
        double angle = Math.atan2(y1 - y0, x1 - x0);
        double head = Math.min(palette.line(16), length * 0.6);
        g.fillPolygon(new double[] {x1, x1 - head * Math.cos(angle - 0.4), x1 - head * Math.cos(angle + 0.4)},
                new double[] {y1, y1 - head * Math.sin(angle - 0.4), y1 - head * Math.sin(angle + 0.4)}, 3);
    }
}
