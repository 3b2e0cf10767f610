package org.gradientlab.app.chart;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.Range;

/**
 * The mouse on an {@link OverlayChart}'s layer: a primary click or drag picks a point, a right or
 * middle drag (or Shift+drag) pans, the wheel zooms about the pointer, and a double click asks for
 * the automatic view again, and does nothing else. A chart that edits points takes the right
 * button for itself. A drag picks at once (the press point, then each move); a click picks only
 * once no second click has followed it within {@link #CLICK_WAIT}.
 */
final class ChartGestures {

    /** How long a click waits for a second one (GTK's default double-click time). */
    static final Duration CLICK_WAIT = Duration.millis(400);
    /** A press that moves less than this many pixels is a click, not a drag. */
    private static final double DRAG_SLOP = 3;

    private final OverlayChart chart;
    private final Node layer;
    OverlayChart.PickListener pickListener = (x, y, dragging) -> { };
    OverlayChart.SecondaryPressListener secondaryListener;
    /** The last right press did something for the lesson (a context menu should not follow it). */
    boolean secondaryPressUsed;
    Runnable fitListener = () -> { };
    private double panFromX;
    private double panFromY;
    private boolean panning;
    /** A primary press in the data area that is not yet a drag or a click: where it was, on screen. */
    private boolean pressPending;
    private boolean picking;
    private double pressX;
    private double pressY;
    private final PauseTransition pendingClick = new PauseTransition(CLICK_WAIT);

    ChartGestures(OverlayChart chart, Node layer) {
        this.chart = chart;
        this.layer = layer;
        layer.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        layer.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        layer.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        layer.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                // The first click's pick is still waiting: it is dropped, so the start and the run stay.
                pendingClick.stop();
                chart.userViewProperty().set(false);
                fitListener.run();
            }
        });
        layer.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private void pressed(MouseEvent e) {
        layer.requestFocus();
        if (chart.dataArea() == null) {
            return;
        }
        secondaryPressUsed = false;
        boolean secondaryTaken = e.getButton() == MouseButton.SECONDARY && secondaryListener != null;
        panning = (e.getButton() != MouseButton.PRIMARY && !secondaryTaken) || e.isShiftDown();
        panFromX = e.getX();
        panFromY = e.getY();
        if (panning || !chart.dataArea().contains(e.getX(), e.getY())) {
            return;
        }
        if (secondaryTaken) {
            secondaryPressUsed = secondaryListener.pressed(chart.toDataX(e.getX()), chart.toDataY(e.getY()));
        } else if (e.getButton() == MouseButton.PRIMARY) {
            pendingClick.stop();
            // The second press of a double click picks nothing.
            pressPending = e.getClickCount() < 2;
            picking = false;
            pressX = e.getX();
            pressY = e.getY();
        }
    }

    private void released(MouseEvent e) {
        panning = false;
        if (pressPending && !picking) {
            double x = chart.toDataX(pressX);
            double y = chart.toDataY(pressY);
            pendingClick.setOnFinished(done -> pickListener.picked(x, y, false));
            pendingClick.playFromStart();
        }
        pressPending = false;
        picking = false;
    }

    private void dragged(MouseEvent e) {
        if (chart.dataArea() == null) {
            return;
        }
        if (panning) {
            pan(e.getX(), e.getY());
        } else if (e.isPrimaryButtonDown()) {
            if (pressPending && !picking) {
                if (Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_SLOP) {
                    return;
                }
                // A drag: the press picks now (a point under it is taken), then each move.
                picking = true;
                pickListener.picked(chart.toDataX(pressX), chart.toDataY(pressY), false);
            }
            double px = Math.max(chart.dataArea().getMinX(), Math.min(chart.dataArea().getMaxX(), e.getX()));
            pickListener.picked(chart.toDataX(px), chart.toDataY(e.getY()), true);
        }
    }

    private void pan(double px, double py) {
        double dx = chart.toDataX(panFromX) - chart.toDataX(px);
        double dy = chart.toDataY(panFromY) - chart.toDataY(py);
        panFromX = px;
        panFromY = py;
        chart.changeView(() -> {
            shift(chart.plot().getDomainAxis(), dx);
            shift(chart.plot().getRangeAxis(), dy);
        });
    }

    private static void shift(ValueAxis axis, double delta) {
        Range range = axis.getRange();
        axis.setRange(range.getLowerBound() + delta, range.getUpperBound() + delta);
    }

    private void scrolled(ScrollEvent e) {
        if (chart.dataArea() == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(1.0015, -e.getDeltaY());
        double anchorX = chart.toDataX(e.getX());
        double anchorY = chart.toDataY(e.getY());
        chart.changeView(() -> {
            zoom(chart.plot().getDomainAxis(), anchorX, factor);
            zoom(chart.plot().getRangeAxis(), anchorY, factor);
        });
        e.consume();
    }

    private static void zoom(ValueAxis axis, double anchor, double factor) {
        Range range = axis.getRange();
        double lower = anchor - (anchor - range.getLowerBound()) * factor;
        double upper = anchor + (range.getUpperBound() - anchor) * factor;
        if (upper - lower > 1e-9 * Math.max(1, Math.abs(anchor)) && upper - lower < 1e12) {
            axis.setRange(lower, upper);
        }
    }
}
