package org.gradientlab.app.network;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.network.model.Phase;

/**
 * One draw of the network diagram from its layout: the weighted edges with their pulses, the input,
 * the two neurons and the cost box, lit for the phase shown, then every text the layout placed.
 */
final class DiagramPainter {

    private final GraphicsContext g;
    private final ChartPalette palette;
    private final Phase phase;
    private final DiagramLayout at;

    DiagramPainter(GraphicsContext g, ChartPalette palette, Phase phase, DiagramLayout at) {
        this.g = g;
        this.palette = palette;
        this.phase = phase;
        this.at = at;
    }

    /** An edge from one node's rim to the next one's, as thick as the weight is large, in the colour of its sign. */
    void edge(int from, double weight, double forwardPulse, double backwardPulse) {
        Color color = weight >= 0 ? palette.positive() : palette.negative();
        double start = at.x[from] + (from == DiagramLayout.INPUT ? at.inputRadius : at.radius);
        double end = at.x[from + 1] - at.radius;
        g.setStroke(color);
        g.setLineWidth(palette.line(2 + 10 * Math.min(Math.abs(weight), 3) / 3) * at.fit);
        g.strokeLine(start, at.cy, end, at.cy);
        pulse(start, end, forwardPulse, palette.point());
        pulse(start, end, backwardPulse, palette.tangent());
    }

    /** The plain line from the output to the cost box. */
    void outputLine() {
        g.setStroke(palette.text().deriveColor(0, 1, 1, 0.4));
        g.setLineWidth(palette.line(2) * at.fit);
        g.strokeLine(at.x[DiagramLayout.OUTPUT] + at.radius, at.cy, at.x[DiagramLayout.COST] - at.boxWidth / 2, at.cy);
    }

    private void pulse(double from, double to, double progress, Color color) {
        if (progress < 0 || progress > 1) {
            return;
        }
        double px = from + (to - from) * progress;
        double radius = palette.line(9) * at.fit;
        g.setFill(color);
        g.fillOval(px - radius, at.cy - radius, 2 * radius, 2 * radius);
    }

    void nodes() {
        circle(at.x[DiagramLayout.INPUT], at.inputRadius, phase == Phase.FORWARD);
        boolean lit = phase == Phase.FORWARD || phase == Phase.BACKWARD;
        circle(at.x[DiagramLayout.HIDDEN], at.radius, lit);
        circle(at.x[DiagramLayout.OUTPUT], at.radius, lit);
        boolean costLit = phase == Phase.COST;
        double left = at.x[DiagramLayout.COST] - at.boxWidth / 2;
        double top = at.cy - at.boxHeight / 2;
        double arc = 16 * at.fit * palette.scale();
        g.setFill(palette.background());
        g.fillRoundRect(left, top, at.boxWidth, at.boxHeight, arc, arc);
        outline(costLit);
        g.strokeRoundRect(left, top, at.boxWidth, at.boxHeight, arc, arc);
    }

    private void circle(double cx, double r, boolean lit) {
        g.setFill(palette.background());
        g.fillOval(cx - r, at.cy - r, 2 * r, 2 * r);
        outline(lit);
        g.strokeOval(cx - r, at.cy - r, 2 * r, 2 * r);
    }

    private void outline(boolean lit) {
        g.setStroke(lit ? palette.point() : palette.text().deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(lit ? at.outline : palette.line(2) * at.fit);
    }

    /** Every text the phase shows. */
    void labels() {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (DiagramLayout.Label label : at.shownLabels()) {
            g.setFont(label.font());
            g.setFill(label.color());
            g.fillText(label.text(), label.x(), label.y());
        }
    }
}
