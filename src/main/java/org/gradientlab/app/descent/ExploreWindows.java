package org.gradientlab.app.descent;

import org.gradientlab.app.SweepWindow;
import org.jfree.chart.axis.ValueAxis;

/**
 * The Descent lesson's two explore windows, each made when first asked for and then reused, so a
 * second click brings the open one to the front instead of stacking copies.
 */
final class ExploreWindows {

    private final DescentModel model;
    private final DescentView view;
    private SweepWindow sweep;
    private BasinWindow basin;

    ExploreWindows(DescentModel model, DescentView view) {
        this.model = model;
        this.view = view;
    }

    /** Opens the learning-rate sweep. */
    SweepWindow showSweep() {
        if (sweep == null) {
            sweep = DescentSweep.window(model, view.getScene().getWindow());
        }
        sweep.show();
        return sweep;
    }

    /** Opens the basin map, whose starts span the lesson chart's visible w range. */
    BasinWindow showBasin() {
        if (basin == null) {
            basin = new BasinWindow(model, () -> {
                ValueAxis w = view.chart.node().plot().getDomainAxis();
                return new double[] {w.getLowerBound(), w.getUpperBound()};
            }, view.getScene().getWindow());
        }
        basin.show();
        return basin;
    }

    /** The sweep window, or null before it was first opened. */
    SweepWindow sweepWindow() {
        return sweep;
    }

    /** The basin window, or null before it was first opened. */
    BasinWindow basinWindow() {
        return basin;
    }

    /** Cancels any work and closes both windows. */
    void close() {
        if (sweep != null) {
            sweep.stage().hide();
        }
        if (basin != null) {
            basin.stage().hide();
        }
    }
}
