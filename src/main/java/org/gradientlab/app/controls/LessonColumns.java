package org.gradientlab.app.controls;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * How every lesson lays out its two columns so that large text in a small window never puts a control
 * out of reach: the sidebar takes at most a share of the lesson's width and scrolls down; the main
 * column scrolls down once its parts' least heights (given in text lines, so they grow with the text)
 * no longer fit. Neither scrolls sideways.
 */
public final class LessonColumns {

    /** The most of the lesson's width the sidebar takes, so the charts keep room at large text sizes. */
    public static final double SIDEBAR_SHARE = 0.45;

    private LessonColumns() {
    }

    /** The sidebar's scroll pane over its box, at most {@link #SIDEBAR_SHARE} of the lesson's width. */
    public static ScrollPane sidebar(Node box, Region lesson) {
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.maxWidthProperty().bind(lesson.widthProperty().multiply(SIDEBAR_SHARE));
        scroll.getStyleClass().add("sidebar-scroll");
        return live(scroll);
    }

    /** The main column's scroll pane: it fills the space, and scrolls down when its content's least height is more. */
    public static ScrollPane main(Node content) {
        ScrollPane centre = new ScrollPane(content);
        centre.setFitToWidth(true);
        centre.setFitToHeight(true);
        centre.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        centre.getStyleClass().add("lesson-scroll");
        return live(centre);
    }

    /**
     * A scroll pane over content that changes while a lesson plays. JavaFX's skin caches its viewport
     * as one image, which pays when static content scrolls; but a chart or a number in it that changes
     * makes the renderer redraw the whole viewport into a new cache and then draw the cache, every
     * frame, with every background under it (the probe's Descent: 19 ms of the render thread a frame,
     * 8 without it). So here the viewport is drawn directly, and only its changed part.
     */
    public static ScrollPane live(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> uncacheViewport(pane));
        uncacheViewport(pane);
        return pane;
    }

    private static void uncacheViewport(ScrollPane pane) {
        for (Node child : pane.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }

    /**
     * Gives the region a least height of this many lines of the labelled node's text (plus the pixels), so
     * it keeps its rows or its plot area at every text size.
     */
    public static void leastLines(Region region, Labeled text, double lines, double pixels) {
        DoubleBinding least = Bindings.createDoubleBinding(() -> pixels + lines * text.getFont().getSize() * 1.35,
                text.fontProperty());
        region.minHeightProperty().bind(least);
    }
}
