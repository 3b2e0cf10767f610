package org.gradientlab.app.network;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.network.GradientCheck;

/** Backprop's gradients beside central finite differences, with the relative error of each. */
final class GradientCheckPanel extends VBox {

    private static final String[] NAMES = {"w1", "b1", "w2", "b2"};
    /** Relative errors below this count as agreement. */
    static final double AGREES = 1e-6;

    private final Label[][] cells = new Label[4][3];
    private final Label note = new Label();

    GradientCheckPanel() {
        getStyleClass().add("gradient-check");
        Label title = new Label("Gradient check");
        title.getStyleClass().add("control-title");
        title.setTooltip(new Tooltip("Backprop's gradient against (C(p + h) − C(p − h)) / 2h with h = 1e-5"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("check-grid");
        grid.addRow(0, header(""), header("backprop"), header("numeric"), header("rel. error"));
        for (int p = 0; p < 4; p++) {
            Label name = new Label("∂C/∂" + NAMES[p]);
            name.getStyleClass().add("check-name");
            for (int c = 0; c < 3; c++) {
                cells[p][c] = new Label();
                cells[p][c].setId("check-" + NAMES[p] + "-" + c);
                cells[p][c].getStyleClass().add("check-value");
            }
            grid.addRow(p + 1, name, cells[p][0], cells[p][1], cells[p][2]);
        }
        note.getStyleClass().add("lesson-text");
        note.setWrapText(true);
        getChildren().addAll(title, grid, note);
        setSpacing(4);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("check-header");
        return label;
    }

    void show(GradientCheck check) {
        if (check == null) {
            for (Label[] row : cells) {
                for (Label cell : row) {
                    cell.setText("…");
                }
            }
            note.setText("Paused, the check runs again (too much data to check every frame).");
            return;
        }
        boolean allAgree = true;
        for (int p = 0; p < 4; p++) {
            GradientCheck.ParameterCheck parameter = check.all().get(p);
            double error = parameter.relativeError();
            cells[p][0].setText(Numbers.format(parameter.backprop(), 6));
            cells[p][1].setText(Numbers.format(parameter.numeric(), 6));
            cells[p][2].setText(Numbers.format(error, 2));
            boolean agrees = error < AGREES;
            allAgree &= agrees;
            cells[p][2].getStyleClass().removeAll("agrees", "disagrees");
            cells[p][2].getStyleClass().add(agrees ? "agrees" : "disagrees");
        }
        note.setText(allAgree ? "Backprop and finite differences agree." : "A relative error above 1e-6: near a "
                + "kink, a saturated node or a tiny gradient, finite differences lose precision.");
    }
}
