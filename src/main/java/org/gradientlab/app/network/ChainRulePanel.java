package org.gradientlab.app.network;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.network.model.ChainRule;
import org.gradientlab.engine.network.Cost;

/** The chain rule written out with the current numbers in it, and why delta1 follows delta2. */
final class ChainRulePanel extends VBox {

    private final Label delta2 = line("chainDelta2");
    private final Label gradW2 = line("chainGradW2");
    private final Label delta1 = line("chainDelta1");
    private final Label gradW1 = line("chainGradW1");
    private final Label why = new Label();
    private final Label pairs = new Label();

    ChainRulePanel() {
        getStyleClass().add("chain-rule");
        Label title = new Label("The chain rule, with numbers");
        title.getStyleClass().add("control-title");
        why.getStyleClass().add("chain-why");
        why.setWrapText(true);
        pairs.getStyleClass().add("lesson-text");
        pairs.setWrapText(true);
        getChildren().addAll(title, delta2, gradW2, delta1, gradW1, why, pairs);
        setSpacing(4);
    }

    private static Label line(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("chain-line");
        return label;
    }

    /** Shows the rule with numbers; before the backward pass (when stepping by phase) only says it is coming. */
    void show(ChainRule r, boolean backwardShown) {
        for (Label line : new Label[] {delta2, gradW2, delta1, gradW1, why}) {
            line.setVisible(backwardShown);
            line.setManaged(backwardShown);
        }
        if (!backwardShown) {
            pairs.setText("The chain rule fills in with the backward pass (phase 3).");
            return;
        }
        if (r.cost() == Cost.MSE) {
            delta2.setText("δ2 = ∂C/∂z2 = ∂C/∂ŷ · ∂ŷ/∂z2 = (ŷ − y) · ŷ(1 − ŷ) = " + n(r.dCostDYhat()) + " · " + n(r.dYhatDZ2())
                    + " = " + n(r.delta2()));
        } else {
            delta2.setText("δ2 = ∂C/∂z2 = ∂C/∂ŷ · ∂ŷ/∂z2 = " + n(r.dCostDYhat()) + " · " + n(r.dYhatDZ2())
                    + " = ŷ − y = " + n(r.delta2()) + "   (cross-entropy: σ′ cancels)");
        }
        gradW2.setText("∂C/∂w2 = δ2 · ∂z2/∂w2 = δ2 · a1 = " + n(r.delta2()) + " · " + n(r.a1()) + " = " + n(r.gradW2()));
        delta1.setText("δ1 = ∂C/∂z1 = δ2 · w2 · σ′(z1) = δ2 · w2 · a1(1 − a1) = " + n(r.delta2()) + " · " + n(r.w2())
                + " · " + n(r.sigmaPrimeZ1()) + " = " + n(r.delta1()));
        gradW1.setText("∂C/∂w1 = δ1 · x = " + n(r.delta1()) + " · " + n(r.x()) + " = " + n(r.gradW1()));
        why.setText("δ1 = δ2 × " + n(r.backFactor()) + ": δ1 is proportional to δ2. The error measured at the output "
                + "flows back through w2 and σ′(z1) to the hidden node: that is why it is called back-propagation.");
        pairs.setText(r.pairs() == 1 ? "" : "Shown for the first pair (x = " + n(r.x()) + ", y = " + n(r.y())
                + "); the update uses the mean gradient over all " + r.pairs() + " pairs.");
    }

    private static String n(double value) {
        return Numbers.format(value, 4);
    }
}
