package org.gradientlab.app.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds the labels, buttons and cells on screen whose text the skin has cut short with an ellipsis. */
public final class Truncation {

    private Truncation() {
    }

    /** "id or class: 'full text' shown as 'cut text'" for every shown, cut-short text under the parent. */
    public static List<String> in(Parent parent) {
        List<Node> all = new ArrayList<>();
        all.add(parent);
        UiWait.collect(parent, all);
        List<String> cut = new ArrayList<>();
        for (Node node : all) {
            if (node instanceof Labeled labeled && isShown(node) && labeled.getText() != null && !labeled.getText().isEmpty()) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    // The skin's own text node (LabeledText) holds what is drawn.
                    if (child instanceof Text drawn && child.getClass().getSimpleName().equals("LabeledText")
                            && !drawn.getText().equals(labeled.getText())) {
                        String name = labeled.getId() != null ? "#" + labeled.getId() : labeled.getClass().getSimpleName();
                        cut.add(name + ": '" + labeled.getText() + "' shown as '" + drawn.getText() + "'");
                    }
                }
            }
        }
        return cut;
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
