package org.gradientlab.app.descent;

import org.gradientlab.app.descent.model.DescentSnapshot;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.descent.DescentStatus;

/** The words of the status line and the divergence banner. */
final class StatusText {

    private StatusText() {
    }

    /** "Step 12 · f(w) = 0.0123 · |f′(w)| = 0.0004 · Running: ..." */
    static String line(DescentSnapshot snapshot, boolean hideNext) {
        DescentState now = snapshot.current();
        return "Step " + now.step()
                + "   ·   w = " + Numbers.format(now.w())
                + "   ·   f(w) = " + Numbers.format(now.f())
                + "   ·   |f′(w)| = " + Numbers.format(Math.abs(now.grad()))
                + "   ·   " + DescentReadout.describe(snapshot, hideNext);
    }

    /** The banner over the chart, or "" when there is nothing to shout about. */
    static String banner(DescentSnapshot snapshot) {
        if (snapshot.status() == DescentStatus.DIVERGED) {
            if (snapshot.divergedAt() == 0) {
                return "f(w) or f′(w) is not defined at the start w = " + Numbers.format(snapshot.current().w())
                        + ". Pick another start (click the chart).";
            }
            return "Diverged at step " + snapshot.divergedAt() + ": the next w would be too large for a computer to hold. "
                    + "The run has stopped at its last finite point. Lower the learning rate and press Step to go on, "
                    + "or Reset (R).";
        }
        return "";
    }
}
