package org.gradientlab.app.descent;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.gradientlab.app.descent.model.DescentEngine;
import org.gradientlab.app.descent.model.DescentSnapshot;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.descent.DescentStatus;

/** The big numbers beside the chart: step, w, f(w), f'(w), and the run's status in words. */
final class DescentReadout extends VBox {

    private final Label step = value("readoutStep");
    private final Label w = value("readoutW");
    private final Label f = value("readoutF");
    private final Label grad = value("readoutGrad");
    private final Label status = new Label();
    /** While a prediction is asked, the status does not say which way the step goes. */
    private boolean hidingNext;

    DescentReadout() {
        getStyleClass().add("readout");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("readout-grid");
        grid.addRow(0, name("step k"), step);
        grid.addRow(1, name("w"), w);
        grid.addRow(2, name("f(w)"), f);
        grid.addRow(3, name("f′(w)"), grad);
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

    void show(DescentSnapshot snapshot) {
        DescentState now = snapshot.current();
        step.setText(Long.toString(now.step()));
        w.setText(Numbers.format(now.w(), 8));
        f.setText(Numbers.format(now.f(), 8));
        grad.setText(Numbers.format(now.grad(), 8));
        for (Label label : new Label[] {w, f, grad}) {
            label.setTooltip(new Tooltip(full(label == w ? now.w() : label == f ? now.f() : now.grad())));
        }
        status.setText(describe(snapshot, hidingNext));
        status.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        // A run between steps is paused, not running: the badge says so in its plain colour.
        boolean paused = snapshot.status() == DescentStatus.RUNNING && !snapshot.playing();
        status.getStyleClass().add(paused ? "status-paused"
                : "status-" + snapshot.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Hides (true) or shows the direction of the next step in the status (Predict mode). */
    void setHidingNext(boolean hide) {
        hidingNext = hide;
    }

    /** Whether the status hides the direction of the next step. */
    boolean isHidingNext() {
        return hidingNext;
    }

    /** The status in words; in Predict mode a running status does not say which way the next step goes. */
    static String describe(DescentSnapshot snapshot, boolean hideNext) {
        return hideNext && snapshot.status() == DescentStatus.RUNNING
                ? (snapshot.playing() ? "Running" : "Paused") + ": your turn to predict the next step" : describe(snapshot);
    }

    private static String full(double x) {
        return "full precision: " + x;
    }

    /** The status in words, for the badge and the status line. */
    static String describe(DescentSnapshot snapshot) {
        DescentStatus status = snapshot.status();
        return switch (status) {
            case START -> "At the start: press Step or Play";
            case RUNNING -> (snapshot.playing() ? "Running" : "Paused") + ": f′(w) " + (snapshot.current().grad() < 0 ? "< 0" : "> 0")
                    + ", the next step goes " + (snapshot.nextW() > snapshot.current().w() ? "right →" : "left ←");
            case CONVERGED -> "Converged: |f′(w)| < " + Numbers.format(DescentEngine.TOLERANCE) + ", w has settled";
            case DIVERGING -> "Diverging: |w| and the step grow step after step. If f has a minimum here, lower the rate";
            case DIVERGED -> "Diverged at step " + snapshot.divergedAt() + ": the next w would not be a finite number";
        };
    }
}
