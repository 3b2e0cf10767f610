package org.gradientlab.app.explore;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The controls above an explore chart: N steps, Run, Cancel, the progress and a line of status. */
public final class ExploreBar extends HBox {

    public final Spinner<Integer> steps;
    public final Button run = new Button("Run");
    public final Button cancel = new Button("Cancel");
    public final ProgressBar progress = new ProgressBar(0);
    public final Label status = new Label();

    public ExploreBar(String idPrefix, int initialSteps, int maxSteps) {
        super(10);
        steps = new Spinner<>(1, maxSteps, initialSteps, 100);
        steps.setEditable(true);
        steps.setPrefWidth(110);
        steps.setId(idPrefix + "Steps");
        steps.setTooltip(new Tooltip("N: the updates each run may take"));
        run.setId(idPrefix + "Run");
        run.setDefaultButton(true);
        cancel.setId(idPrefix + "Cancel");
        cancel.setDisable(true);
        progress.setId(idPrefix + "Progress");
        progress.setPrefWidth(180);
        status.setId(idPrefix + "Status");
        status.getStyleClass().add("explore-status");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label stepsLabel = new Label("N steps");
        // A long status line gives way (with an ellipsis) before the buttons do.
        for (javafx.scene.control.Control control : new javafx.scene.control.Control[] {stepsLabel, steps, run, cancel}) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        getChildren().addAll(stepsLabel, steps, run, cancel, progress, status);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("explore-bar");
    }

    /** Binds to a job while it runs; Run is off and Cancel on until it ends. */
    public void follow(ExploreJob<?> job) {
        progress.progressProperty().bind(job.task().progressProperty());
        run.disableProperty().bind(job.task().runningProperty());
        cancel.disableProperty().bind(job.task().runningProperty().not());
    }

    /** The N in the spinner, taking typed text not yet committed with Enter; a bad text falls back to the last N. */
    public int steps() {
        try {
            int typed = Integer.parseInt(steps.getEditor().getText().trim());
            steps.getValueFactory().setValue(Math.max(1, typed));
        } catch (NumberFormatException e) {
            steps.getEditor().setText(String.valueOf(steps.getValue()));
        }
        return steps.getValue();
    }
}
