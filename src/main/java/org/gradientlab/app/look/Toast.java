package org.gradientlab.app.look;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A brief message at the bottom of the window ("Text size 125%") that fades by itself: on a
 * projector the class sees what the key did without a dialog to close.
 */
public final class Toast extends Label {

    private final SequentialTransition fade;

    Toast() {
        setId("toast");
        getStyleClass().add("toast");
        setMouseTransparent(true);
        setVisible(false);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
        StackPane.setMargin(this, new javafx.geometry.Insets(0, 0, 60, 0));
        FadeTransition out = new FadeTransition(Duration.millis(400), this);
        out.setToValue(0);
        fade = new SequentialTransition(new PauseTransition(Duration.millis(1200)), out);
        fade.setOnFinished(e -> setVisible(false));
    }

    /** Shows the message, replacing one still showing. */
    public void show(String message) {
        fade.stop();
        setText(message);
        setOpacity(1);
        setVisible(true);
        fade.playFromStart();
    }
}
