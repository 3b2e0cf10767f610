package org.gradientlab.app.network;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.network.model.ChainRule;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkState;

/**
 * The chain rule written out with the current numbers in it, and why delta1 follows delta2. With a
 * data set it is worked for the first pair (as the diagram's z, a and delta are), says so, and gives
 * the mean gradients over all pairs beside it (as the diagram's gradients are, and as the update uses).
 */
final class ChainRulePanel extends VBox {

    private final Label delta2 = line("chainDelta2");
    private final Label gradW2 = line("chainGradW2");
    private final Label delta1 = line("chainDelta1");
    private final Label gradW1 = line("chainGradW1");
    private final Label why = new Label();
    private final Label pairs = new Label();
    private final Label firstPair = line("chainFirstPair");
    private final Label means = line("chainMeans");

    ChainRulePanel() {
        getStyleClass().add("chain-rule");
        Label title = new Label("The chain rule, with numbers");
        title.getStyleClass().add("control-title");
        why.getStyleClass().add("chain-why");
        why.setWrapText(true);
        pairs.getStyleClass().add("lesson-text");
        pairs.setWrapText(true);
        getChildren().addAll(title, means, firstPair, delta2, gradW2, delta1, gradW1, why, pairs);
        setSpacing(4);
    }

    private static Label line(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("chain-line");
        // A narrow panel or large text: the rule wraps rather than losing its numbers.
        label.setWrapText(true);
        return label;
    }

    /**
     * Shows the rule with numbers; before the backward pass (when stepping by phase) only says it is coming.
     *
     * @param r     the factors for the first pair
     * @param state the state explained: its gradients are the means over all pairs
     */
    void show(ChainRule r, NetworkState state, boolean backwardShown) {
        boolean several = r.pairs() > 1;
        for (Label line : new Label[] {delta2, gradW2, delta1, gradW1, why, firstPair, means}) {
            boolean shown = backwardShown && (several || (line != firstPair && line != means));
            line.setVisible(shown);
            line.setManaged(shown);
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
        String thisPair = several ? "   (this pair)" : "";
        gradW2.setText("∂C/∂w2 = δ2 · ∂z2/∂w2 = δ2 · a1 = " + n(r.delta2()) + " · " + n(r.a1()) + " = " + n(r.gradW2())
                + thisPair);
        delta1.setText("δ1 = ∂C/∂z1 = δ2 · w2 · σ′(z1) = δ2 · w2 · a1(1 − a1) = " + n(r.delta2()) + " · " + n(r.w2())
                + " · " + n(r.sigmaPrimeZ1()) + " = " + n(r.delta1()));
        gradW1.setText("∂C/∂w1 = δ1 · x = " + n(r.delta1()) + " · " + n(r.x()) + " = " + n(r.gradW1()) + thisPair);
        why.setText("δ1 = δ2 × " + n(r.backFactor()) + ": δ1 is proportional to δ2. The error measured at the output "
                + "flows back through w2 and σ′(z1) to the hidden node: that is why it is called back-propagation.");
        firstPair.setText(several ? "For the first pair (x = " + n(r.x()) + ", y = " + n(r.y())
                + "), whose z, a and δ the diagram shows:" : "");
        means.setText(several ? "Mean over all " + r.pairs() + " pairs (the diagram's ∂C/∂ and what the update uses): "
                + "∂C/∂w1 = " + n(state.gradW1()) + ", ∂C/∂b1 = " + n(state.gradB1()) + ", ∂C/∂w2 = "
                + n(state.gradW2()) + ", ∂C/∂b2 = " + n(state.gradB2()) : "");
        pairs.setText("");
    }

    private static String n(double value) {
        return Numbers.format(value, 4);
    }
}
