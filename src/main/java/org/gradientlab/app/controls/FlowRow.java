package org.gradientlab.app.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;

/**
 * The bar's row: its parts at their full width, in as many lines as the width needs (large text
 * in a small window), and the slider taking what is left of its line. No part is cut short.
 */
final class FlowRow extends Pane {

    private static final double GAP = 10;
    private static final double SLIDER_MIN_EM = 6;
    private final Node grower;

    FlowRow(Node grower, Node... parts) {
        super(parts);
        this.grower = grower;
    }

    /** The slider's least width, in em of the bar's text (its first part is the title). */
    private double growerMin() {
        Node title = getChildren().get(0);
        return SLIDER_MIN_EM * (title instanceof Labeled labeled ? labeled.getFont().getSize() : 15);
    }

    private double width(Node part) {
        return part == grower ? growerMin() : snapSizeX(Math.max(part.minWidth(-1), part.prefWidth(-1)));
    }

    /** The parts in lines for a content width. */
    private List<List<Node>> lines(double contentWidth) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> line = new ArrayList<>();
        double used = 0;
        for (Node part : getManagedChildren()) {
            double w = width(part);
            if (!line.isEmpty() && used + GAP + w > contentWidth) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            used += (line.isEmpty() ? 0 : GAP) + w;
            line.add(part);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static double lineHeight(List<Node> line) {
        return line.stream().mapToDouble(part -> part.prefHeight(-1)).max().orElse(0);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = getManagedChildren().stream().mapToDouble(this::width).max().orElse(0);
        return snappedLeftInset() + widest + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double sum = 0;
        for (Node part : getManagedChildren()) {
            sum += (sum == 0 ? 0 : GAP) + (part == grower ? snapSizeX(part.prefWidth(-1)) : width(part));
        }
        return snappedLeftInset() + sum + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double contentWidth = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        List<List<Node>> lines = lines(contentWidth);
        double sum = lines.stream().mapToDouble(FlowRow::lineHeight).sum() + GAP / 2 * Math.max(0, lines.size() - 1);
        return snappedTopInset() + sum + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double contentWidth = getWidth() - snappedLeftInset() - snappedRightInset();
        double y = snappedTopInset();
        for (List<Node> line : lines(contentWidth)) {
            double height = lineHeight(line);
            double others = 0;
            for (Node part : line) {
                others += part == grower ? 0 : width(part);
            }
            double x = snappedLeftInset();
            for (Node part : line) {
                double w = part == grower ? Math.max(growerMin(), contentWidth - others - GAP * (line.size() - 1))
                        : width(part);
                layoutInArea(part, x, y, w, height, 0, HPos.LEFT, VPos.CENTER);
                x += w + GAP;
            }
            y += height + GAP / 2;
        }
    }
}
