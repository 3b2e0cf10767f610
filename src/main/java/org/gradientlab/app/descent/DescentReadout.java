package org.gradientlab.app.descent;

import javafx.scene.control.Label;
import org.gradientlab.app.controls.ReadoutGrid;
import org.gradientlab.app.descent.model.DescentEngine;
import org.gradientlab.app.descent.model.DescentSnapshot;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.descent.DescentStatus;

/** The big numbers beside the chart: step, w, f(w), f'(w), and the run's status in words. */
final class DescentReadout extends ReadoutGrid {

    private final Label step = addRow("step k", "readoutStep");
    private final Label w = addRow("w", "readoutW");
    private final Label f = addRow("f(w)", "readoutF");
    private final Label grad = addRow("f′(w)", "readoutGrad");
    /** While a prediction is asked, the status does not say which way the step goes. */
    private boolean hidingNext;

    void show(DescentSnapshot snapshot) {
        DescentState now = snapshot.current();
        step.setText(Long.toString(now.step()));
        showNumber(w, now.w());
        showNumber(f, now.f());
        showNumber(grad, now.grad());
        // A run between steps is paused, not running: the badge says so in its plain colour.
        boolean paused = snapshot.status() == DescentStatus.RUNNING && !snapshot.playing();
        showStatus(describe(snapshot, hidingNext), paused ? "paused" : snapshot.status().name());
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
