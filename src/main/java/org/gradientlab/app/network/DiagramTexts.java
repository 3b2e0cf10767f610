package org.gradientlab.app.network;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.network.model.Phase;
import org.gradientlab.engine.network.NetworkState;

/**
 * What the network diagram writes, by place: the texts of the input, each edge, each neuron and
 * the cost box, in the phase shown. A text the phase does not show is kept, hidden, so the layout
 * keeps its room and the picture stays put from phase to phase (a saturation warning, which comes
 * and goes seldom, takes room only while shown).
 *
 * @param phase  the phase shown
 * @param params the state whose parameters are drawn (after the update in the update phase)
 * @param values the state whose z, a, delta, cost and gradients are drawn (before the update in the update phase)
 * @param x      the (first) pair's input
 * @param y      the (first) pair's target
 * @param before the parameters before the update (w1, b1, w2, b2), NaN outside the update phase
 * @param pairs  how many pairs the cost and the gradients are means over
 */
record DiagramTexts(Phase phase, NetworkState params, NetworkState values, double x, double y, double[] before,
                    int pairs) {

    enum Size { VALUE, SMALL, TITLE }

    /**
     * One text in its place; {@code key} names the place, for the widths the layout keeps, and
     * {@code room} is the longest text the place holds in any phase (its room is kept for that).
     */
    record Spec(String key, String text, Size size, Color color, boolean shown, String room) {
        Spec(String key, String text, Size size, Color color, boolean shown) {
            this(key, text, size, color, shown, text);
        }
    }

    /** The title over the diagram: what the phase shows. */
    String title() {
        return switch (phase) {
            case ALL -> "Forward (left to right), then backward (right to left)";
            case FORWARD -> "1 · Forward pass: z = w·x + b, a = σ(z), from left to right";
            case COST -> "2 · Cost: how far ŷ is from y";
            case BACKWARD -> "3 · Backward pass: δ flows from right to left, and each gradient is δ times its input";
            case UPDATE -> "4 · Update: every parameter moves against its gradient";
        };
    }

    /** With a data set: which numbers are the first pair's and which are means, or null for one pair. */
    String caption() {
        return pairs <= 1 ? null : "x, y, z, a and δ: the first of the " + pairs + " pairs · C and every ∂C/∂: means over all "
                + pairs;
    }

    List<Spec> input(ChartPalette p) {
        return List.of(new Spec("x.name", "x", Size.TITLE, p.text(), true),
                new Spec("x.value", Numbers.format(x, 5), Size.VALUE, p.text(), true));
    }

    /** Above the edge its weight; below it the gradient (backward) and the old value (update). */
    List<Spec> edge(ChartPalette p, int layer) {
        String name = "w" + layer;
        double weight = layer == 1 ? params.w1() : params.w2();
        double gradient = layer == 1 ? values.gradW1() : values.gradW2();
        double old = before[layer == 1 ? 0 : 2];
        boolean updated = !Double.isNaN(old);
        boolean backward = phase.showsBackward();
        return List.of(new Spec(name + ".value", name + " = " + Numbers.format(weight, 5), Size.VALUE,
                        updated ? p.point() : p.text(), true),
                new Spec(name + ".gradName", "∂C/∂" + name, Size.SMALL, p.tangent(), backward),
                new Spec(name + ".grad", "= " + Numbers.format(gradient, 4), Size.SMALL, p.tangent(), backward),
                new Spec(name + ".was", "was " + Numbers.format(updated ? old : weight, 5), Size.SMALL, p.text(), updated));
    }

    /** Inside: z and a; above: delta; below: the bias (and its old value), its gradient and a saturation warning. */
    List<Spec> neuron(ChartPalette p, int layer) {
        boolean hidden = layer == 1;
        String zName = hidden ? "z1" : "z2";
        String aName = hidden ? "a1" : "ŷ";
        String bName = hidden ? "b1" : "b2";
        double a = hidden ? values.a1() : values.yhat();
        double bias = hidden ? params.b1() : params.b2();
        double old = before[hidden ? 1 : 3];
        boolean updated = !Double.isNaN(old);
        boolean backward = phase.showsBackward();
        double sigmaPrime = a * (1 - a);
        List<Spec> specs = new ArrayList<>();
        specs.add(new Spec(zName + ".z", zName + " = " + Numbers.format(hidden ? values.z1() : values.z2(), 4),
                Size.VALUE, p.text(), true));
        specs.add(new Spec(zName + ".a", aName + " = " + Numbers.format(a, 4), Size.VALUE, p.text(), true));
        specs.add(new Spec(zName + ".delta", "δ" + layer + " = " + Numbers.format(hidden ? values.delta1() : values.delta2(), 4),
                Size.VALUE, p.tangent(), backward));
        String biasText = bName + " = " + Numbers.format(bias, 5);
        String was = "  (was " + Numbers.format(updated ? old : bias, 5) + ")";
        specs.add(new Spec(bName + ".value", updated ? biasText + was : biasText, Size.SMALL,
                updated ? p.point() : p.text(), true, biasText + was));
        specs.add(new Spec(bName + ".grad", "∂C/∂" + bName + " = "
                + Numbers.format(hidden ? values.gradB1() : values.gradB2(), 4), Size.SMALL, p.tangent(), backward));
        if (sigmaPrime < NetworkDiagram.SATURATED) {
            // Two short lines, so the warnings of neighbouring nodes keep apart.
            specs.add(new Spec(zName + ".saturated", "saturated: σ′ = " + Numbers.format(sigmaPrime, 2), Size.SMALL,
                    p.negative(), true));
            specs.add(new Spec(zName + ".stalls", "learning stalls", Size.SMALL, p.negative(), true));
        }
        return specs;
    }

    List<Spec> cost(ChartPalette p) {
        boolean lit = phase == Phase.COST;
        String cost = "C = " + Numbers.format(values.cost(), 4);
        return List.of(new Spec("cost.y", "y = " + Numbers.format(y, 4), Size.VALUE, p.text(), true),
                new Spec("cost.value", phase.showsCost() ? cost : "C = ?", Size.VALUE, lit ? p.point() : p.text(), true,
                        cost));
    }
}
