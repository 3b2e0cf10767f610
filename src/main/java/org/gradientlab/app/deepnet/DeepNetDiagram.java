package org.gradientlab.app.deepnet;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.gradientlab.app.chart.CanvasRegion;
import org.gradientlab.app.lesson.PassPhase;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.mlp.MlpLayout;

/**
 * The layered network on a Canvas: inputs on the left, the sigmoid output on the right, every weight
 * an edge whose colour and thickness show its sign and size. z, a and delta of the first pair are
 * written in the nodes when they fit (a small network, at any text size), and shown for any node
 * under the mouse. The phase being stepped is named and lit. Redrawn only when something changed.
 */
public final class DeepNetDiagram extends CanvasRegion {

    private DeepNetSnapshot snapshot;
    private DeepNetSnapshot previous;
    private PassPhase phase = PassPhase.ALL;
    private int[] hovered;
    private DiagramLayout at;
    private boolean written;

    /** An empty diagram; {@link #show} gives it a state. */
    public DeepNetDiagram() {
        getStyleClass().addAll("network-diagram", "deep-network-diagram");
        setId("deepNetworkDiagram");
        setMinSize(300, 200);
        setPrefSize(700, 330);
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> hover(-1, -1));
        drawWhenChanged(this::draw);
    }

    /** Shows a state in a phase (the snapshot before it for the update phase's "was"). */
    public void show(DeepNetSnapshot now, DeepNetSnapshot before, PassPhase shown) {
        if (snapshot != null && now.layout() != snapshot.layout()) {
            hovered = null;
        }
        snapshot = now;
        previous = before;
        phase = shown;
        requestDraw();
    }

    private void hover(double px, double py) {
        int[] node = at == null || px < 0 ? null : at.nodeAt(px, py);
        if (!java.util.Arrays.equals(node, hovered)) {
            hovered = node;
            requestDraw();
        }
    }

    /** The node under the mouse as (layer, node), or null (for tests). */
    public int[] hoveredNode() {
        return hovered == null ? null : hovered.clone();
    }

    /** Where a node's centre is, in the diagram's coordinates (for tests and hover). */
    public javafx.geometry.Point2D nodeCentre(int layer, int node) {
        DiagramLayout layout = layoutFor(getWidth(), getHeight());
        return new javafx.geometry.Point2D(layout.x(layer), layout.y(layer, node));
    }

    /** Whether the last draw wrote the values inside the nodes. */
    public boolean valuesWritten() {
        return written;
    }

    /** What the hover box says about a node: its z, a, delta and bias, one line each. */
    public String describe(int layer, int node) {
        NodeValues v = snapshot.nodes();
        MlpLayout layout = snapshot.layout();
        StringBuilder text = new StringBuilder();
        if (layer == 0) {
            return "input x" + (layout.size(0) > 1 ? String.valueOf(node + 1) : "") + " = " + Numbers.format(v.a()[0][node], 5)
                    + "\n(the first pair)";
        }
        String name = layer == layout.layerCount() ? "output ŷ" : "layer " + layer + ", node " + (node + 1);
        text.append(name).append("  (first pair)\n");
        text.append("z = ").append(Numbers.format(v.z()[layer][node], 5)).append('\n');
        text.append("a = ").append(Numbers.format(v.a()[layer][node], 5)).append('\n');
        text.append("δ = ∂C/∂z = ").append(Numbers.format(v.delta()[layer][node], 5)).append('\n');
        int bias = layout.biasStart(layer) + node;
        text.append("b = ").append(Numbers.format(snapshot.params()[bias], 5))
                .append("   ∂C/∂b = ").append(Numbers.format(snapshot.gradient()[bias], 4));
        return text.toString();
    }

    private DiagramLayout layoutFor(double w, double h) {
        return new DiagramLayout(snapshot.layout(), w, h, palette.size(34), palette.scale());
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (snapshot == null || w < 10 || h < 10) {
            return;
        }
        at = layoutFor(w, h);
        MlpLayout layout = snapshot.layout();
        title(g, w);
        drawEdges(g, layout);
        Font value = palette.font("Monospaced", FontWeight.BOLD, 11);
        double lineHeight = palette.size(13.5);
        int lines = phase.showsBackward() ? 3 : 2;
        written = at.fitsInside(textWidth("z −0.000", value), lines, lineHeight);
        NodeValues v = (phase == PassPhase.UPDATE && previous != null ? previous : snapshot).nodes();
        for (int l = 0; l <= layout.layerCount(); l++) {
            for (int i = 0; i < layout.size(l); i++) {
                drawNode(g, l, i, v, value, lineHeight);
            }
        }
        if (hovered != null && hovered[0] <= layout.layerCount() && hovered[1] < layout.size(hovered[0])) {
            HoverBox.draw(g, palette, describe(hovered[0], hovered[1]), at.x(hovered[0]), at.y(hovered[0], hovered[1]),
                    at.r, w, h);
        }
    }

    private void drawEdges(GraphicsContext g, MlpLayout layout) {
        double[] params = snapshot.params();
        for (int l = 1; l <= layout.layerCount(); l++) {
            int columns = layout.size(l - 1);
            for (int i = 0; i < layout.size(l); i++) {
                for (int j = 0; j < columns; j++) {
                    double weight = params[layout.weightStart(l) + i * columns + j];
                    double size = Math.min(Math.abs(weight), 3) / 3;
                    Color color = weight >= 0 ? palette.positive() : palette.negative();
                    g.setStroke(color.deriveColor(0, 1, 1, 0.35 + 0.6 * size));
                    g.setLineWidth(palette.line(0.6 + 5 * size));
                    g.strokeLine(at.x(l - 1), at.y(l - 1, j), at.x(l), at.y(l, i));
                }
            }
        }
    }

    private void drawNode(GraphicsContext g, int l, int i, NodeValues v, Font value, double lineHeight) {
        double cx = at.x(l);
        double cy = at.y(l, i);
        boolean lit = l > 0 && (phase == PassPhase.FORWARD || phase == PassPhase.BACKWARD);
        boolean isHovered = hovered != null && hovered[0] == l && hovered[1] == i;
        g.setFill(palette.background());
        g.fillOval(cx - at.r, cy - at.r, 2 * at.r, 2 * at.r);
        g.setStroke(isHovered || lit ? palette.point() : palette.text().deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(palette.line(isHovered || lit ? 3.5 : 1.5));
        g.strokeOval(cx - at.r, cy - at.r, 2 * at.r, 2 * at.r);
        if (!written) {
            return;
        }
        g.setFont(value);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        if (l == 0) {
            g.setFill(palette.text());
            g.fillText("x " + compact(v.a()[0][i]), cx, cy);
            return;
        }
        boolean backward = phase.showsBackward();
        double first = cy - (backward ? lineHeight : lineHeight / 2);
        g.setFill(palette.text());
        g.fillText("z " + compact(v.z()[l][i]), cx, first);
        g.fillText((l == snapshot.layout().layerCount() ? "ŷ " : "a ") + compact(v.a()[l][i]), cx,
                first + lineHeight);
        if (backward) {
            g.setFill(palette.tangent());
            g.fillText("δ " + compact(v.delta()[l][i]), cx, first + 2 * lineHeight);
        }
    }

    private void title(GraphicsContext g, double w) {
        String text = switch (phase) {
            case ALL -> "Cost " + Numbers.format(snapshot.cost(), 5) + "  ·  accuracy "
                    + Numbers.format(100 * snapshot.accuracy(), 3) + "%  ·  point at a node for z, a, δ";
            case FORWARD -> "1 · Forward pass: z = W·a + b, a = act(z), layer by layer to ŷ";
            case COST -> "2 · Cost C = " + Numbers.format(snapshot.cost(), 5) + " (mean over the pairs)";
            case BACKWARD -> "3 · Backward pass: δ = (Wᵀ δ) · act′(z), from the output back";
            case UPDATE -> "4 · Update: every weight and bias moves against its gradient";
        };
        Font title = palette.font("System", FontWeight.BOLD, 16);
        double room = w - palette.size(16);
        double width = textWidth(text, title);
        g.setFont(width <= room ? title : Font.font(title.getFamily(), FontWeight.BOLD, title.getSize() * room / width));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(phase == PassPhase.ALL ? palette.text() : palette.point());
        g.fillText(text, w / 2, palette.size(8));
    }

    /** A value in at most six characters, so it fits in a node: "−0.12", "3.5", "2e−5". */
    static String compact(double x) {
        double size = Math.abs(x);
        if (x == 0 || size >= 0.01 && size < 100) {
            return String.format(java.util.Locale.ROOT, size >= 10 ? "%.1f" : "%.2f", x).replace('-', '−');
        }
        return Numbers.format(x, 1);
    }

    static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
