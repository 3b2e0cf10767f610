package org.gradientlab.app.surface;

import javafx.collections.ObservableList;
import org.gradientlab.app.controls.StepsTableView;

/** The table of steps: k, w1, w2, f, g1, g2 and the rate used; it follows the run. */
final class SurfaceStepTable extends StepsTableView<SurfaceRow> {

    SurfaceStepTable(ObservableList<SurfaceRow> rows) {
        super(rows, "The newest " + SurfaceEngine.TABLE_ROWS + " steps; hover a number for full precision");
        column("k", r -> Long.toString(r.step()), "The step number");
        number("w1", SurfaceRow::w1, "The first parameter at step k");
        number("w2", SurfaceRow::w2, "The second parameter at step k");
        number("f", SurfaceRow::f, "f(w1, w2)");
        number("g1", SurfaceRow::g1, "∂f/∂w1, exact (without noise)");
        number("g2", SurfaceRow::g2, "∂f/∂w2, exact (without noise)");
        number("η used", SurfaceRow::rateUsed, "The rate of the step taken from here, after the schedule");
    }
}
