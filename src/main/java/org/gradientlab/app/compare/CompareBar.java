package org.gradientlab.app.compare;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.gradientlab.app.look.ComboWidth;

/** The compare window's playback: Play/Pause, Step, Reset, the speed, a fresh look at the lesson, and a line of status. */
final class CompareBar extends HBox {

    static final String[] SPEED_NAMES = {"1 step/s", "3 steps/s", "10 steps/s", "30 steps/s", "100 steps/s",
        "as fast as possible"};
    static final double[] SPEEDS = {1, 3, 10, 30, 100, Double.POSITIVE_INFINITY};

    final Button play = new Button("Play");
    final Button step = new Button("Step");
    final Button reset = new Button("Reset");
    final ComboBox<String> speed = new ComboBox<>();
    final Button reseed = new Button("Use the lesson's problem");
    final Label status = new Label();

    CompareBar() {
        super(10);
        play.setId("comparePlay");
        play.setTooltip(new Tooltip("Play or pause all runs together"));
        step.setId("compareStep");
        step.setTooltip(new Tooltip("One update of every run still going"));
        reset.setId("compareReset");
        reset.setTooltip(new Tooltip("All runs back to the start"));
        speed.setId("compareSpeed");
        ComboWidth.fitWidest(speed);
        speed.getItems().setAll(SPEED_NAMES);
        speed.setValue(SPEED_NAMES[2]);
        speed.setTooltip(new Tooltip("Updates per second while playing"));
        reseed.setId("compareReseed");
        reseed.setTooltip(new Tooltip("Take the lesson's function or data, start and settings as they are now, "
                + "and start all runs again"));
        status.setId("compareStatus");
        status.getStyleClass().add("explore-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        getChildren().addAll(play, step, reset, new Label("Speed"), speed, reseed, status);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("explore-bar");
    }

    /** The chosen speed in steps per second (infinity for as fast as possible). */
    double speedValue() {
        int index = speed.getItems().indexOf(speed.getValue());
        return SPEEDS[Math.max(0, index)];
    }

    /** What the runs are doing, in a line. */
    static String statusText(CompareSnapshot snapshot) {
        if (snapshot.runs().isEmpty()) {
            return "Switch a run on to compare.";
        }
        boolean going = snapshot.runs().stream().anyMatch(run -> run.status() == RunStatus.RUNNING);
        if (!going) {
            return "Every run has stopped. Reset starts them all again.";
        }
        return snapshot.playing() ? "Playing: one update of every run still going, each tick."
                : "Press Play, or Step for one update of each run.";
    }
}
