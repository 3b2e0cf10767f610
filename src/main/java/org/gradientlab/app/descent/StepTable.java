package org.gradientlab.app.descent;

import javafx.collections.ObservableList;
import org.gradientlab.app.controls.StepsTableView;
import org.gradientlab.app.descent.model.DescentEngine;
import org.gradientlab.app.descent.model.StepRow;
import org.gradientlab.app.look.Numbers;

/** The table of steps: k, w, f(w), f'(w), the rate used and the step taken; it follows the run. */
final class StepTable extends StepsTableView<StepRow> {

    StepTable(ObservableList<StepRow> rows) {
        super(rows, "The newest " + DescentEngine.TABLE_ROWS + " steps; hover a number for full precision");
        column("k", r -> Long.toString(r.step()), "The step number");
        number("w", StepRow::w, "The parameter at step k");
        number("f(w)", StepRow::f, "The function's value");
        number("f′(w)", StepRow::grad, "The slope: its sign decides the direction");
        number("η", StepRow::learningRate, "The rate the update from here used: η, or with a schedule η_t (η times the schedule's factor)");
        column("step Δw", r -> Double.isNaN(r.stepTaken()) ? "" : Numbers.signed(r.stepTaken()),
                "w(k+1) − w(k); for plain descent this is −η·f′(w)");
    }

    /** The rate column's title: η, or η_t while the run's schedule is not constant. */
    void showScheduled(boolean scheduled) {
        header(4).setText(scheduled ? "η_t" : "η");
    }
}
