package org.gradientlab.app.network;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.network.GradientCheck;

/**
 * Backprop's gradients beside central finite differences, with the relative error of each. A row
 * per parameter when the sidebar is wide enough for the four columns; otherwise each parameter's
 * name and under it its three numbers, each named, so no number is cut short at large text.
 */
final class GradientCheckPanel extends VBox {

    private static final String[] NAMES = {"w1", "b1", "w2", "b2"};
    private static final String[] KINDS = {"backprop", "numeric", "rel. error"};

    private final Label[][] cells = new Label[4][3];
    private final Label[] names = new Label[4];
    private final Label[] headers = new Label[3];
    /** The kind of each number, written beside it in the narrow arrangement: [parameter][kind]. */
    private final Label[][] kinds = new Label[4][3];
    private final GridPane grid = new GridPane();
    private final Label note = new Label();
    private Boolean wide;

    GradientCheckPanel() {
        getStyleClass().add("gradient-check");
        Label title = new Label("Gradient check");
        title.getStyleClass().add("control-title");
        title.setTooltip(new Tooltip("Backprop's gradient against (C(p + h) − C(p − h)) / 2h with h = 1e-5"));
        grid.getStyleClass().add("check-grid");
        for (int c = 0; c < 3; c++) {
            headers[c] = label(KINDS[c], "check-header");
        }
        for (int p = 0; p < 4; p++) {
            names[p] = label("∂C/∂" + NAMES[p], "check-name");
            for (int c = 0; c < 3; c++) {
                cells[p][c] = label("", "check-value");
                cells[p][c].setId("check-" + NAMES[p] + "-" + c);
                kinds[p][c] = label(KINDS[c], "check-header");
            }
        }
        arrange(true);
        note.getStyleClass().add("lesson-text");
        note.setWrapText(true);
        getChildren().addAll(title, grid, note);
        setSpacing(4);
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        // Numbers are never cut short: the arrangement changes instead.
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Four columns with a header row, or per parameter its name and under it its three numbers, each named. */
    private void arrange(boolean fourColumns) {
        if (Boolean.valueOf(fourColumns).equals(wide)) {
            return;
        }
        wide = fourColumns;
        grid.getChildren().clear();
        if (fourColumns) {
            grid.addRow(0, new Label(), headers[0], headers[1], headers[2]);
            for (int p = 0; p < 4; p++) {
                grid.addRow(p + 1, names[p], cells[p][0], cells[p][1], cells[p][2]);
            }
        } else {
            for (int p = 0; p < 4; p++) {
                grid.add(names[p], 0, 4 * p, 2, 1);
                for (int c = 0; c < 3; c++) {
                    grid.add(kinds[p][c], 0, 4 * p + c + 1);
                    grid.add(cells[p][c], 1, 4 * p + c + 1);
                }
            }
        }
    }

    /** The width the four columns need: the widest of each column, the gaps and the padding. */
    private double fourColumnWidth() {
        double sum = 0;
        for (int c = 0; c < 4; c++) {
            double widest = 0;
            for (int p = 0; p < 4; p++) {
                widest = Math.max(widest, (c == 0 ? names[p] : cells[p][c - 1]).prefWidth(-1));
            }
            if (c > 0) {
                widest = Math.max(widest, headers[c - 1].prefWidth(-1));
            }
            sum += widest;
        }
        return sum + 3 * grid.getHgap() + grid.snappedLeftInset() + grid.snappedRightInset() + snappedLeftInset()
                + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        boolean fits = getWidth() >= fourColumnWidth();
        if (!Boolean.valueOf(fits).equals(wide)) {
            arrange(fits);
            // The new arrangement is laid out in the next pass; its height differs, so the parent's too.
            requestLayout();
        }
        super.layoutChildren();
    }

    @Override
    protected double computeMinWidth(double height) {
        // The narrow arrangement is always possible: the sidebar may give less than four columns need.
        double widestName = 0;
        double widestKind = 0;
        double widestValue = 0;
        for (int p = 0; p < 4; p++) {
            widestName = Math.max(widestName, names[p].prefWidth(-1));
            for (int c = 0; c < 3; c++) {
                widestKind = Math.max(widestKind, kinds[p][c].prefWidth(-1));
                widestValue = Math.max(widestValue, cells[p][c].prefWidth(-1));
            }
        }
        return Math.max(widestName, widestKind + grid.getHgap() + widestValue) + snappedLeftInset() + snappedRightInset();
    }

    /** Whether the check is shown as four columns (for tests). */
    boolean isFourColumns() {
        return Boolean.TRUE.equals(wide);
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
        boolean someAboutZero = false;
        for (int p = 0; p < 4; p++) {
            GradientCheck.ParameterCheck parameter = check.all().get(p);
            cells[p][0].setText(Numbers.format(parameter.backprop(), 6));
            cells[p][1].setText(Numbers.format(parameter.numeric(), 6));
            cells[p][2].setText(Numbers.format(parameter.relativeError(), 2));
            boolean agrees = parameter.agrees();
            allAgree &= agrees;
            someAboutZero |= parameter.bothAboutZero();
            cells[p][2].getStyleClass().removeAll("agrees", "disagrees");
            cells[p][2].getStyleClass().add(agrees ? "agrees" : "disagrees");
        }
        String zero = someAboutZero ? " Where both are about 0 (a saturated node), they differ by less than the finite "
                + "difference's rounding, so their relative error means nothing and they count as agreeing." : "";
        note.setText(allAgree ? "Backprop and finite differences agree." + zero : "A relative error above 1e-6: near a "
                + "kink finite differences lose precision." + zero);
    }
}
