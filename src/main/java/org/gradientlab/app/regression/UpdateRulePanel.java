package org.gradientlab.app.regression;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.gradientlab.app.regression.model.UpdateRule;

/** The update rule of SPEC section 4 with the current numbers in it, one line per label. */
final class UpdateRulePanel extends VBox {

    static final int LINES = 6;

    private final Label title = new Label();
    private final Label[] lines = new Label[LINES];

    UpdateRulePanel() {
        getStyleClass().add("update-rule");
        setId("updateRule");
        title.getStyleClass().add("control-title");
        title.setId("updateRuleTitle");
        title.setWrapText(true);
        getChildren().add(title);
        for (int i = 0; i < LINES; i++) {
            lines[i] = new Label();
            lines[i].getStyleClass().add("rule-line");
            lines[i].setId("ruleLine" + i);
            getChildren().add(lines[i]);
        }
        lines[LINES - 2].getStyleClass().add("rule-result");
        lines[LINES - 1].getStyleClass().add("rule-result");
        setSpacing(3);
    }

    void show(UpdateRule rule, int pointCount) {
        title.setText(UpdateRuleText.title(rule, pointCount));
        List<String> text = UpdateRuleText.lines(rule);
        for (int i = 0; i < LINES; i++) {
            lines[i].setText(i < text.size() ? text.get(i) : "");
        }
    }

    /** The shown lines joined (for tests). */
    String text() {
        StringBuilder all = new StringBuilder(title.getText());
        for (Label line : lines) {
            all.append('\n').append(line.getText());
        }
        return all.toString();
    }
}
