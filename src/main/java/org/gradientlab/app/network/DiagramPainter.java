package org.gradientlab.app.network;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.network.model.Phase;

/**
 * One draw of the network diagram's parts: the weighted edges with their pulses, the input, the two
 * neurons with z, a, delta and bias, and the cost box, lit for the phase shown. Made per draw, with
 * the fonts of that draw's text scale.
 */
final class DiagramPainter {

    private final GraphicsContext g;
    private final ChartPalette palette;
    private final Phase phase;
    private final Font value;
    private final Font small;
    private final Font title;

    DiagramPainter(GraphicsContext g, ChartPalette palette, Phase phase, Font value, Font small, Font title) {
        this.g = g;
        this.palette = palette;
        this.phase = phase;
        this.value = value;
        this.small = small;
        this.title = title;
    }

    void edge(double from, double to, double cy, double r, double weight, String name,
              double gradient, double before, double forwardPulse, double backwardPulse) {
        Color color = weight >= 0 ? palette.positive() : palette.negative();
        double thickness = palette.line(2 + 10 * Math.min(Math.abs(weight), 3) / 3);
        g.setStroke(color);
        g.setLineWidth(thickness);
        g.strokeLine(from + r, cy, to - r, cy);
        double mid = (from + to) / 2;
        boolean updated = !Double.isNaN(before);
        double line = palette.size(20);
        text(name + " = " + Numbers.format(weight, 5), mid, cy - thickness / 2 - palette.size(16), value,
                updated ? palette.point() : palette.text());
        double below = cy + thickness / 2 + palette.size(18);
        if (updated) {
            text("was " + Numbers.format(before, 5), mid, below, small, palette.text());
            below += line;
        }
        if (phase.showsBackward()) {
            text("∂C/∂" + name, mid, below, small, palette.tangent());
            text("= " + Numbers.format(gradient, 4), mid, below + line, small, palette.tangent());
        }
        pulse(from + r, to - r, cy, forwardPulse, palette.point());
        pulse(from + r, to - r, cy, backwardPulse, palette.tangent());
    }

    private void pulse(double from, double to, double cy, double progress, Color color) {
        if (progress < 0 || progress > 1) {
            return;
        }
        double px = from + (to - from) * progress;
        double radius = palette.line(9);
        g.setFill(color);
        g.fillOval(px - radius, cy - radius, 2 * radius, 2 * radius);
    }

    void inputNode(Layout at, double x) {
        circle(at.x0, at.cy, at.r * 0.75, phase == Phase.FORWARD);
        text("x", at.x0, at.cy - palette.size(11), title, palette.text());
        text(Numbers.format(x, 5), at.x0, at.cy + palette.size(13), value, palette.text());
    }

    void neuron(double cx, Layout at, String zName, double z, String aName, double a,
                String deltaName, double delta, String biasName, double bias, double biasGradient,
                double biasBefore) {
        circle(cx, at.cy, at.r, phase == Phase.FORWARD || phase == Phase.BACKWARD);
        double line = palette.size(20);
        text(zName + " = " + Numbers.format(z, 4), cx, at.cy - palette.size(13), value, palette.text());
        text(aName + " = " + Numbers.format(a, 4), cx, at.cy + palette.size(13), value, palette.text());
        if (phase.showsBackward()) {
            text(deltaName + " = " + Numbers.format(delta, 4), cx, at.cy - at.r - palette.size(22), value,
                    palette.tangent());
        }
        boolean updated = !Double.isNaN(biasBefore);
        String biasText = biasName + " = " + Numbers.format(bias, 5)
                + (updated ? "  (was " + Numbers.format(biasBefore, 5) + ")" : "");
        double below = at.cy + at.r + palette.size(18);
        text(biasText, cx, below, small, updated ? palette.point() : palette.text());
        if (phase.showsBackward()) {
            text("∂C/∂" + biasName + " = " + Numbers.format(biasGradient, 4), cx, below + line, small,
                    palette.tangent());
        }
        double sigmaPrime = a * (1 - a);
        if (sigmaPrime < NetworkDiagram.SATURATED) {
            text("saturated: σ′ = " + Numbers.format(sigmaPrime, 2) + ", learning stalls", cx,
                    below + 2.1 * line, small, palette.negative());
        }
    }

    void costNode(Layout at, double cost, double y) {
        double bw = at.r * 2.2;
        double bh = at.r * 1.5;
        boolean lit = phase == Phase.COST;
        g.setFill(palette.background());
        g.fillRoundRect(at.x3 - bw / 2, at.cy - bh / 2, bw, bh, 16, 16);
        g.setStroke(lit ? palette.point() : palette.text().deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(palette.line(lit ? 5 : 2));
        g.strokeRoundRect(at.x3 - bw / 2, at.cy - bh / 2, bw, bh, 16, 16);
        text("y = " + Numbers.format(y, 4), at.x3, at.cy - palette.size(13), value, palette.text());
        text(phase.showsCost() ? "C = " + Numbers.format(cost, 4) : "C = ?", at.x3, at.cy + palette.size(13), value,
                lit ? palette.point() : palette.text());
    }

    private void circle(double cx, double cy, double r, boolean lit) {
        g.setFill(palette.background());
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(lit ? palette.point() : palette.text().deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(palette.line(lit ? 5 : 2));
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    private void text(String text, double x, double y, Font font, Color color) {
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(color);
        g.fillText(text, x, y);
    }

    /** Where the nodes sit for a given size. */
    static final class Layout {
        final double x0;
        final double x1;
        final double x2;
        final double x3;
        final double cy;
        final double r;

        /** @param scale the text scale: larger numbers need larger nodes */
        Layout(double w, double h, double scale) {
            x0 = w * 0.08;
            x1 = w * 0.36;
            x2 = w * 0.64;
            x3 = w * 0.89;
            cy = h * 0.48;
            // Larger text wants larger nodes, but two neighbours never overlap (they are 0.28 w apart).
            r = Math.min(Math.max(62 * scale, Math.min(h * 0.22, w * 0.075)), w * 0.11);
        }
    }
}
