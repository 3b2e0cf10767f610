package org.gradientlab.app.descent;

import org.gradientlab.app.compare.CompareWindow;
import org.gradientlab.app.descent.explore.BasinWindow;
import org.gradientlab.app.descent.explore.DescentCompare;
import org.gradientlab.app.descent.explore.DescentSweep;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.explore.SweepWindow;
import org.jfree.chart.axis.ValueAxis;

/**
 * The Descent lesson's explore windows (sweep, basin map, compare runs), each made when first asked
 * for and then reused, so a second click brings the open one to the front instead of stacking copies.
 */
final class ExploreWindows {

    private final DescentModel model;
    private final DescentView view;
    private SweepWindow sweep;
    private BasinWindow basin;
    private CompareWindow compare;

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

    /** Opens the compare window, seeded with the lesson's function, start and settings as they are now. */
    CompareWindow showCompare() {
        if (compare == null) {
            compare = new CompareWindow(new DescentCompare(model, this::visibleW), model.session().runners(),
                    "Compare runs: Descent", "f(w)", view.getScene().getWindow());
        }
        compare.show();
        return compare;
    }

    private double[] visibleW() {
        ValueAxis w = view.chart.node().plot().getDomainAxis();
        return new double[] {w.getLowerBound(), w.getUpperBound()};
    }

    /** The compare window, or null before it was first opened. */
    CompareWindow compareWindow() {
        return compare;
    }

    /** The sweep window, or null before it was first opened. */
    SweepWindow sweepWindow() {
        return sweep;
    }

    /** The basin window, or null before it was first opened. */
    BasinWindow basinWindow() {
        return basin;
    }

    /** Cancels any work and closes the windows. */
    void close() {
        if (sweep != null) {
            sweep.stage().hide();
        }
        if (basin != null) {
            basin.stage().hide();
        }
        if (compare != null) {
            compare.close();
        }
    }
}
