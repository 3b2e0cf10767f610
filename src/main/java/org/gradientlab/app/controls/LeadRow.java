package org.gradientlab.app.controls;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A row of a lead that grows (a function field with its name) and a tail (its choices): on one line
 * while the lead keeps its least width beside the whole tail, the lead taking the rest; in a narrower
 * row (large text, a small window) the tail goes on a second line and the lead takes the whole width,
 * instead of the row growing wider than the window or the field being squeezed.
 */
public final class LeadRow extends Pane {

    private final Node lead;
    private final Node tail;
    private final double gap;

    /** The lead and the tail, with a gap between them across and down. */
    public LeadRow(double gap, Node lead, Node tail) {
        super(lead, tail);
        this.lead = lead;
        this.tail = tail;
        this.gap = gap;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double inner(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }

    private boolean oneLine(double inner) {
        return lead.minWidth(-1) + gap + tail.prefWidth(-1) <= inner;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(lead.minWidth(-1), tail.minWidth(-1)) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return lead.prefWidth(-1) + gap + tail.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? Double.MAX_VALUE : inner(width);
        double tailWidth = Math.min(tail.prefWidth(-1), inner);
        double lines = oneLine(inner)
                ? Math.max(lead.prefHeight(-1), tail.prefHeight(tailWidth))
                : lead.prefHeight(-1) + gap + tail.prefHeight(tailWidth);
        return lines + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = inner(getWidth());
        double tailWidth = Math.min(tail.prefWidth(-1), inner);
        double leadHeight = lead.prefHeight(-1);
        double tailHeight = tail.prefHeight(tailWidth);
        if (oneLine(inner)) {
            double line = Math.max(leadHeight, tailHeight);
            double leadWidth = inner - gap - tailWidth;
            layoutInArea(lead, x, y, leadWidth, line, 0, null, true, false, HPos.LEFT, VPos.CENTER);
            layoutInArea(tail, x + leadWidth + gap, y, tailWidth, line, 0, null, false, false,
                    HPos.LEFT, VPos.CENTER);
        } else {
            layoutInArea(lead, x, y, inner, leadHeight, 0, null, true, false, HPos.LEFT, VPos.CENTER);
            layoutInArea(tail, x, y + leadHeight + gap, tailWidth, tailHeight, 0, null, false, false,
                    HPos.LEFT, VPos.TOP);
        }
    }
}
