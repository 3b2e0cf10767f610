package org.gradientlab.app.deepnet;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.gradientlab.app.look.ChartPalette;

/** A box of a few lines drawn beside a node, kept inside the canvas. */
final class HoverBox {

    private HoverBox() {
    }

    static void draw(GraphicsContext g, ChartPalette palette, String text, double cx, double cy, double r,
                     double w, double h) {
        String[] lines = text.split("\n");
        Font font = palette.font("Monospaced", FontWeight.NORMAL, 13);
        double lineHeight = palette.size(17);
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, DeepNetDiagram.textWidth(line, font));
        }
        double pad = palette.size(7);
        double boxW = width + 2 * pad;
        double boxH = lines.length * lineHeight + 2 * pad;
        double x = cx + r + pad;
        if (x + boxW > w - 2) {
            x = cx - r - pad - boxW;
        }
        x = Math.max(2, Math.min(x, w - boxW - 2));
        double y = Math.max(2, Math.min(cy - boxH / 2, h - boxH - 2));
        g.setFill(palette.background().deriveColor(0, 1, 1, 0.95));
        g.fillRoundRect(x, y, boxW, boxH, 10, 10);
        g.setStroke(palette.point());
        g.setLineWidth(palette.line(1.5));
        g.strokeRoundRect(x, y, boxW, boxH, 10, 10);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(palette.text());
        for (int k = 0; k < lines.length; k++) {
            g.fillText(lines[k], x + pad, y + pad + k * lineHeight);
        }
    }
}
