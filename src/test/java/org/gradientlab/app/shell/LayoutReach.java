package org.gradientlab.app.shell;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * What the large-text layout test asks of one node: that a person can get at it (on screen, or in a
 * scroll pane that can scroll to it), that a control keeps its own width, and that a title shows all
 * its words.
 */
final class LayoutReach {

    private LayoutReach() {
    }

    /** The things a person presses, types in or drags. */
    static boolean isControl(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof Slider || node instanceof Spinner<?>;
    }

    /** Shown: it and every parent visible (a closed panel's or a hidden tab's controls are not). */
    static boolean shown(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /**
     * On screen with some height, or inside a scroll pane that is reachable, shows a few lines and can
     * scroll to it: along an axis the pane does not scroll (its bar NEVER), the node must lie within it.
     */
    static boolean reachable(Node node, Bounds scene) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getHeight() < 1) {
            return false;
        }
        ScrollPane scroll = scrollOf(node);
        if (scroll == null) {
            return inside(bounds, scene, true, true);
        }
        Bounds pane = scroll.localToScene(scroll.getLayoutBounds());
        boolean across = scroll.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER;
        boolean down = scroll.getVbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER;
        return inside(bounds, pane, across, down) && reachable(scroll, scene)
                && scroll.getViewportBounds().getHeight() >= 60;
    }

    static ScrollPane scrollOf(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    /** Narrower than it asks to be: a field cut to a character or two, a button's words cut to "G…". */
    static boolean squeezed(Region region) {
        return region.getWidth() < region.prefWidth(-1) - 0.5;
    }

    /**
     * What a control shows of its words when that is not all of them, or null: a button's or a check
     * box's text cut with "…", a combo box's chosen item cut, a field too narrow for the text in it.
     */
    static String cutWords(Node control) {
        if (control instanceof Labeled labeled) {
            return cut(labeled);
        }
        if (control instanceof ComboBoxBase<?> && control.lookup(".list-cell") instanceof Labeled cell) {
            return cut(cell);
        }
        if (control instanceof TextField field && field.getText() != null) {
            Text text = new Text(field.getText());
            text.setFont(field.getFont());
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            return text.getLayoutBounds().getWidth() <= room + 0.5 ? null
                    : "'" + field.getText() + "' in " + room + " px of " + text.getLayoutBounds().getWidth();
        }
        return null;
    }

    /** The text it shows is not all of its text (cut with "…"), or null when it shows it all. */
    static String cut(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return null;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return full.equals(text.getText()) ? null : "'" + text.getText() + "'";
            }
        }
        return null;
    }

    /**
     * A JFreeChart title drawn on the chart's canvas that does not fit: its widest word is wider than
     * the chart (a title wraps at spaces, so a wider word is cut or broken), or null when it fits.
     */
    static String titleMisfit(JFreeChart chart, double width) {
        TextTitle title = chart.getTitle();
        if (title == null || title.getText() == null || !title.isVisible()) {
            return null;
        }
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            java.awt.FontMetrics metrics = g.getFontMetrics(title.getFont());
            double room = width - title.getPadding().getLeft() - title.getPadding().getRight()
                    - title.getMargin().getLeft() - title.getMargin().getRight();
            for (String word : List.of(title.getText().split("\\s+"))) {
                if (metrics.stringWidth(word) > room) {
                    return "'" + word + "' " + metrics.stringWidth(word) + " px wide in " + room;
                }
            }
            return null;
        } finally {
            g.dispose();
        }
    }

    private static boolean inside(Bounds inner, Bounds outer, boolean across, boolean down) {
        boolean inX = inner.getMinX() >= outer.getMinX() - 1 && inner.getMaxX() <= outer.getMaxX() + 1;
        boolean inY = inner.getMinY() >= outer.getMinY() - 1 && inner.getMaxY() <= outer.getMaxY() + 1;
        return (!across || inX) && (!down || inY);
    }
}
