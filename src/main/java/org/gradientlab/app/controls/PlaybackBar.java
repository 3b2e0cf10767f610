package org.gradientlab.app.controls;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Reset, Step back, Play/Pause, Step and the speed, for any lesson. */
public final class PlaybackBar extends VBox {

    /** The speed slider's top end: as fast as the engine goes. */
    static final double SLIDER_MAX = 6;

    private final Button reset = button("resetButton", MaterialDesignR.RESTART, "Reset", "Back to the start (R)");
    private final Button stepBack = button("stepBackButton", MaterialDesignS.STEP_BACKWARD, "Back",
            "Undo the last step, optimizer state included (Left arrow)");
    private final Button play = button("playButton", MaterialDesignP.PLAY, "Play", "Play or pause (Space)");
    private final Button step = button("stepButton", MaterialDesignS.STEP_FORWARD, "Step",
            "Exactly one update (Right arrow)");
    private final Slider speed = new Slider(0, SLIDER_MAX, 0);
    private final ObservableBooleanValue canStepBack;
    /** True while the slider follows a speed set elsewhere: that move is not a new speed. */
    private boolean showingSpeed;

    /** @param playback the lesson's commands */
    public PlaybackBar(Playback playback) {
        getStyleClass().add("playback-bar");
        canStepBack = playback.canStepBack();
        reset.setOnAction(e -> playback.reset());
        stepBack.setOnAction(e -> playback.stepBack());
        play.setOnAction(e -> playback.togglePlay());
        step.setOnAction(e -> playback.step());
        stepBack.disableProperty().bind(Bindings.not(playback.canStepBack()));
        play.textProperty().bind(Bindings.when(playback.playing()).then("Pause").otherwise("Play"));
        play.graphicProperty().bind(Bindings.when(playback.playing())
                .then(new FontIcon(MaterialDesignP.PAUSE)).otherwise(new FontIcon(MaterialDesignP.PLAY)));
        play.getStyleClass().addAll("accent", "play-button");
        play.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(6, reset, stepBack, step);
        for (Button b : new Button[] {reset, stepBack, step}) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        buttons.setAlignment(Pos.CENTER_LEFT);

        speed.setId("speedSlider");
        speed.setTooltip(new Tooltip("Steps per second while playing: 1 to 100,000, and max at the right end"));
        Label speedLabel = new Label();
        speedLabel.getStyleClass().add("speed-label");
        speedLabel.setMinWidth(90);
        speed.setValue(toSlider(playback.speedProperty().get()));
        speed.valueProperty().addListener((obs, old, value) -> {
            if (!showingSpeed) {
                playback.speedProperty().set(fromSlider(value.doubleValue()));
            }
        });
        // A speed set elsewhere (a lesson file) moves the slider, and stays exactly as it was set.
        playback.speedProperty().addListener((obs, old, now) -> {
            if (fromSlider(speed.getValue()) != now.doubleValue()) {
                showingSpeed = true;
                speed.setValue(toSlider(now.doubleValue()));
                showingSpeed = false;
            }
        });
        speedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> describe(playback.speedProperty().get()), playback.speedProperty()));
        HBox.setHgrow(speed, Priority.ALWAYS);
        Label speedTitle = new Label("Speed");
        speedTitle.getStyleClass().add("control-title");
        HBox speedRow = new HBox(8, speed, speedLabel);
        speedRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(play, buttons, speedTitle, speedRow);
        setSpacing(6);
    }

    private static Button button(String id, org.kordamp.ikonli.Ikon icon, String text, String tip) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }

    /**
     * The teacher's lock: while locked is true, Play, Reset, Back and the speed are disabled; Step
     * stays, since in Predict mode it asks the next question.
     */
    public void lockWith(ObservableBooleanValue locked) {
        for (javafx.scene.Node control : new javafx.scene.Node[] {play, reset, speed}) {
            control.disableProperty().bind(Bindings.createBooleanBinding(locked::get, locked));
        }
        stepBack.disableProperty().bind(Bindings.createBooleanBinding(
                () -> locked.get() || !canStepBack.get(), locked, canStepBack));
    }

    /** Slider position to steps per second: 10^position, and infinity at the right end. */
    static double fromSlider(double position) {
        if (position >= SLIDER_MAX - 0.05) {
            return Double.POSITIVE_INFINITY;
        }
        double raw = Math.pow(10, position);
        double unit = Math.pow(10, Math.floor(Math.log10(raw)));
        return Math.round(raw / unit * 10) / 10.0 * unit;
    }

    /** Steps per second to slider position. */
    static double toSlider(double stepsPerSecond) {
        return Double.isInfinite(stepsPerSecond) ? SLIDER_MAX : Math.log10(Math.max(1, stepsPerSecond));
    }

    /** "2 steps/s", "1,000 steps/s", "max". */
    static String describe(double stepsPerSecond) {
        if (Double.isInfinite(stepsPerSecond)) {
            return "max";
        }
        return String.format(java.util.Locale.ROOT, "%,.0f step%s/s", stepsPerSecond, stepsPerSecond == 1 ? "" : "s");
    }

    /** The speed slider (for tests). */
    public Slider speedSlider() {
        return speed;
    }
}
