package org.gradientlab.app.regression;

import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.regression.chart.ScatterChart;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.engine.DataSet;

/**
 * The mouse on the scatter plot: a press on empty space adds a point there (and a drag then moves
 * it), a press on a point takes it and a drag moves it, a right press on a point removes it. A
 * double click asks for the automatic view; the point its first click added is taken away again.
 */
final class PointEditor {

    /** A second press this soon after adding, near the new point, belongs to a double click. */
    static final long DOUBLE_CLICK_NANOS = 600_000_000L;

    private final RegressionModel model;
    private final ScatterChart scatter;
    private int dragged = -1;
    private int justAdded = -1;
    private long addedAt;

    PointEditor(RegressionModel model, ScatterChart scatter) {
        this.model = model;
        this.scatter = scatter;
        OverlayChart chart = scatter.node();
        chart.setOnPick(this::picked);
        chart.setOnSecondaryPress(this::removeNear);
        chart.setOnFit(this::fit);
    }

    private void picked(double x, double y, boolean dragging) {
        // The teacher's lock keeps the data as they are.
        if (model.session().predict().lockedProperty().get()) {
            return;
        }
        int size = model.dataProperty().get().size();
        if (dragging) {
            if (dragged >= 0 && dragged < size) {
                model.movePoint(dragged, x, y);
                justAdded = -1;
            }
            return;
        }
        if (isNearJustAdded(x, y)) {
            dragged = justAdded;
            return;
        }
        dragged = scatter.pointNear(x, y);
        justAdded = -1;
        if (dragged < 0 || dragged >= size) {
            dragged = model.addPoint(x, y);
            justAdded = dragged;
            addedAt = System.nanoTime();
        }
    }

    /** The new point may not be drawn yet when the second click of a double click comes. */
    private boolean isNearJustAdded(double x, double y) {
        DataSet data = model.dataProperty().get().data();
        if (justAdded < 0 || justAdded >= data.size() || System.nanoTime() - addedAt > DOUBLE_CLICK_NANOS) {
            return false;
        }
        OverlayChart chart = scatter.node();
        double dx = chart.toScreenX(data.x()[justAdded]) - chart.toScreenX(x);
        double dy = chart.toScreenY(data.y()[justAdded]) - chart.toScreenY(y);
        return dx * dx + dy * dy <= ScatterChart.HIT_RADIUS * ScatterChart.HIT_RADIUS;
    }

    /** True when a point was there and is gone; a right press on empty space is left to the context menu. */
    private boolean removeNear(double x, double y) {
        if (model.session().predict().lockedProperty().get()) {
            return false;
        }
        int hit = scatter.pointNear(x, y);
        boolean removed = hit >= 0 && hit < model.dataProperty().get().size();
        if (removed) {
            model.removePoint(hit);
        }
        dragged = -1;
        justAdded = -1;
        return removed;
    }

    private void fit() {
        if (justAdded >= 0 && justAdded == model.dataProperty().get().size() - 1
                && System.nanoTime() - addedAt <= DOUBLE_CLICK_NANOS) {
            model.removePoint(justAdded);
        }
        justAdded = -1;
        dragged = -1;
        scatter.fit();
    }
}
