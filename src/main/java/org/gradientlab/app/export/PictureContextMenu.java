package org.gradientlab.app.export;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.gradientlab.app.chart.OverlayChart;

/**
 * The right-click menu of every chart and the network diagram under a root: shown on the release
 * of a right click that did nothing else. A right drag pans some charts, and a right press on a
 * Regression data point removes it: neither brings the menu.
 */
final class PictureContextMenu {

    /** A right press and release further apart than this (in pixels) is a drag, not a click. */
    private static final double CLICK_SLOP = 4;

    /** Made at the first right click: a popup window is costly to make, and start-up need not pay for it. */
    private ContextMenu menu;
    private final Function<Picture, List<MenuItem>> items;
    private double pressX;
    private double pressY;

    /** Listens under {@code root}; {@code items} makes the menu's items for the picture clicked. */
    PictureContextMenu(Parent root, Function<Picture, List<MenuItem>> items) {
        this.items = items;
        // Filters: a chart's own handlers (a click that picks, a drag that pans) must not hide the click from us.
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getScreenX();
            pressY = e.getScreenY();
        });
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.SECONDARY
                || Math.hypot(e.getScreenX() - pressX, e.getScreenY() - pressY) > CLICK_SLOP
                || !(e.getTarget() instanceof Node target)) {
            return;
        }
        Picture picture = Picture.containing(target);
        if (picture == null || (picture.node() instanceof OverlayChart overlay && overlay.secondaryPressUsed())) {
            return;
        }
        ContextMenu shown = menu();
        shown.hide();
        shown.getItems().setAll(items.apply(picture));
        shown.show(picture.node(), e.getScreenX(), e.getScreenY());
    }

    /** The menu (tests look at it). */
    ContextMenu menu() {
        if (menu == null) {
            menu = new ContextMenu();
            menu.setId("exportContextMenu");
        }
        return menu;
    }
}
