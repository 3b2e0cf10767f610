package org.gradientlab.app.surface;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.descent.DescentStatus;
import org.gradientlab.engine.surface.SurfaceState;

/** The numbers beside the map: step, w1, w2, f, g1, g2, the rate used, and the run's status in words. */
final class SurfaceReadout extends VBox {

    private final Label step = value("readoutStep");
    private final Label w1 = value("readoutW1");
    private final Label w2 = value("readoutW2");
    private final Label f = value("readoutF");
    private final Label g1 = value("readoutG1");
    private final Label g2 = value("readoutG2");
    private final Label rate = value("readoutRate");
    private final Label status = new Label();
    private boolean hidingNext;

    SurfaceReadout() {
        getStyleClass().add("readout");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("readout-grid");
        grid.addRow(0, name("step k"), step);
        grid.addRow(1, name("w1"), w1);
        grid.addRow(2, name("w2"), w2);
        grid.addRow(3, name("f(w1, w2)"), f);
        grid.addRow(4, name("g1 = ∂f/∂w1"), g1);
        grid.addRow(5, name("g2 = ∂f/∂w2"), g2);
        grid.addRow(6, name("η used"), rate);
        status.setId("statusBadge");
        status.getStyleClass().add("status-badge");
        status.setWrapText(true);
        getChildren().addAll(grid, status);
    }

    private static Label name(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("readout-name");
        return label;
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("readout-value");
        return label;
    }

    void show(SurfaceSnapshot snapshot) {
        SurfaceState now = snapshot.current();
        step.setText(Long.toString(now.step()));
        set(w1, now.w1());
        set(w2, now.w2());
        set(f, now.f());
        set(g1, now.g1());
        set(g2, now.g2());
        set(rate, snapshot.rateUsed());
        status.setText(describe(snapshot, hidingNext));
        status.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        status.getStyleClass().add("status-" + snapshot.status().name().toLowerCase(Locale.ROOT));
    }

    private static void set(Label label, double x) {
        label.setText(Numbers.format(x, 8));
        label.setTooltip(new Tooltip("full precision: " + x));
    }

    void setHidingNext(boolean hide) {
        hidingNext = hide;
    }

    boolean isHidingNext() {
        return hidingNext;
    }

    /** The status in words; in Predict mode a running status does not say which way the next step goes. */
    static String describe(SurfaceSnapshot snapshot, boolean hideNext) {
        DescentStatus status = snapshot.status();
        return switch (status) {
            case START -> "At the start: press Step or Play";
            case RUNNING -> hideNext ? "Running: your turn to predict the next step"
                    : "Running: each step goes against the gradient";
            case CONVERGED -> "Converged: |∇f| and the step are below " + Numbers.format(SurfaceEngine.TOLERANCE);
            case DIVERGING -> "Diverging: the point and its steps keep growing; lower the rate";
            case DIVERGED -> "Diverged at step " + snapshot.divergedAt() + ": the next point would not be finite";
        };
    }

    /** The status line: "Step 12 · w1 = ... · w2 = ... · f = ... · |∇f| = ... · Running". */
    static String line(SurfaceSnapshot snapshot, boolean hideNext) {
        SurfaceState now = snapshot.current();
        return "Step " + now.step() + "   ·   w1 = " + Numbers.format(now.w1()) + "   ·   w2 = " + Numbers.format(now.w2())
                + "   ·   f = " + Numbers.format(now.f()) + "   ·   |∇f| = " + Numbers.format(Math.hypot(now.g1(), now.g2()))
                + "   ·   " + describe(snapshot, hideNext);
    }

    /** The banner over the map, or "" when there is nothing to shout about. */
    static String banner(SurfaceSnapshot snapshot) {
        if (snapshot.status() != DescentStatus.DIVERGED) {
            return "";
        }
        if (snapshot.divergedAt() == 0) {
            return "f or its gradient is not defined at the start (" + Numbers.format(snapshot.current().w1()) + ", "
                    + Numbers.format(snapshot.current().w2()) + "). Click the map to start elsewhere.";
        }
        return "Diverged at step " + snapshot.divergedAt() + ": the next point would be too large for a computer to "
                + "hold. The run has stopped at its last finite point. Lower the learning rate and press Step to go on, "
                + "or Reset (R).";
    }
}
