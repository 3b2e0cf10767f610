package org.gradientlab.app.surface;

import javafx.scene.control.Label;
import org.gradientlab.app.controls.ReadoutGrid;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.descent.DescentStatus;
import org.gradientlab.engine.surface.SurfaceState;

/** The numbers beside the map: step, w1, w2, f, g1, g2, the rate used, and the run's status in words. */
final class SurfaceReadout extends ReadoutGrid {

    private final Label step = addRow("step k", "readoutStep");
    private final Label w1 = addRow("w1", "readoutW1");
    private final Label w2 = addRow("w2", "readoutW2");
    private final Label f = addRow("f(w1, w2)", "readoutF");
    private final Label g1 = addRow("g1 = ∂f/∂w1", "readoutG1");
    private final Label g2 = addRow("g2 = ∂f/∂w2", "readoutG2");
    private final Label rate = addRow("η used", "readoutRate");
    private boolean hidingNext;

    void show(SurfaceSnapshot snapshot) {
        SurfaceState now = snapshot.current();
        step.setText(Long.toString(now.step()));
        showNumber(w1, now.w1());
        showNumber(w2, now.w2());
        showNumber(f, now.f());
        showNumber(g1, now.g1());
        showNumber(g2, now.g2());
        showNumber(rate, snapshot.rateUsed());
        showStatus(describe(snapshot, hidingNext), snapshot.status().name());
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
            case RUNNING -> (snapshot.playing() ? "Running" : "Paused")
                    + (hideNext ? ": your turn to predict the next step" : ": each step goes against the gradient");
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
