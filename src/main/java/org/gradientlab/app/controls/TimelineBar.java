package org.gradientlab.app.controls;

import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.runner.Timeline;
import org.gradientlab.app.runner.TimelinePosition;
import org.gradientlab.engine.TraceHistory.Trace;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The scrubber under a lesson: a slider over the recorded steps, "step k of n", Live and Branch
 * from here. Dragging it (or Left/Right, Page Up/Down, Home/End while it has focus) makes every
 * panel show that recorded step; the run itself is unchanged until Branch cuts it back there.
 */
public final class TimelineBar extends VBox {

    /** Steps that Page Up and Page Down move. */
    static final int PAGE = 10;
    private static final Set<KeyCode> KEYS = Set.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN,
            KeyCode.HOME, KeyCode.END);

    private final Timeline timeline;
    private final Slider slider = new Slider(0, 1, 0);
    private final Label stepLabel = new Label("step 0 of 0");
    private final Label hint = new Label();
    private final Button live = new Button("Live", new FontIcon(MaterialDesignS.SKIP_NEXT));
    private final Button branch = new Button("Branch from here", new FontIcon(MaterialDesignS.SOURCE_BRANCH));
    /** True while the slider is set from a snapshot, not by a person. */
    private boolean updating;
    /** The shown step at which the rate (or the optimizer) was changed while scrubbed back, or -1. */
    private long rateChangedAt = -1;
    /** The hint that points at Branch after that change. */
    private String changeHint = "";
    private final DoubleProperty learningRate;

    /**
     * @param timeline     the lesson's timeline
     * @param learningRate the lesson's rate: changing it while scrubbed back points at Branch
     */
    public TimelineBar(Timeline timeline, DoubleProperty learningRate) {
        this.timeline = timeline;
        this.learningRate = learningRate;
        getStyleClass().add("timeline-bar");
        slider.setId("timelineSlider");
        slider.setTooltip(new Tooltip("Drag to any recorded step: every panel shows that step (the run is unchanged).\n"
                + "With focus: Left/Right one step, Page Up/Down " + PAGE + ", Home the first, End the newest"));
        slider.setBlockIncrement(1);
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!updating) {
                timeline.show(Math.round(value.doubleValue()));
            }
        });
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stepLabel.setId("timelineLabel");
        stepLabel.getStyleClass().add("timeline-step");
        live.setId("timelineLive");
        live.setTooltip(new Tooltip("Back to the newest step (End)"));
        live.setOnAction(e -> timeline.live());
        branch.setId("timelineBranch");
        branch.setTooltip(new Tooltip("Continue from the shown step with the current learning rate (or a new optimizer, chosen while this step is shown); the steps after it "
                + "stay as a faded ghost to compare with"));
        branch.setOnAction(e -> timeline.branch());
        hint.setId("timelineHint");
        hint.getStyleClass().add("timeline-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.managedProperty().bind(hint.visibleProperty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        Label title = new Label("Timeline");
        title.getStyleClass().add("control-title");
        FlowRow row = new FlowRow(slider, title, slider, stepLabel, live, branch);
        getChildren().addAll(row, hint);
        timeline.positionProperty().addListener((obs, old, now) -> show(now));
        learningRate.addListener((obs, old, rate) -> {
            if (!timeline.position().isLive()) {
                pointAtBranch(branchHint(timeline.position(), rate.doubleValue()));
            }
        });
        show(timeline.position());
    }

    private void show(TimelinePosition at) {
        updating = true;
        try {
            slider.setMin(at.first());
            slider.setMax(Math.max(at.first() + 1, at.newest()));
            if (!slider.isValueChanging()) {
                slider.setValue(at.shown());
            }
        } finally {
            updating = false;
        }
        slider.setDisable(at.newest() <= at.first());
        stepLabel.setText("step " + at.shown() + " of " + at.newest());
        live.setDisable(at.isLive());
        branch.setDisable(at.isLive());
        branch.getStyleClass().remove("accent");
        if (!at.isLive()) {
            branch.getStyleClass().add("accent");
        }
        if (at.isLive() || at.shown() != rateChangedAt) {
            rateChangedAt = -1;
        }
        hint.setText(at.isLive() ? "" : rateChangedAt >= 0 ? changeHint : "Recorded step " + at.shown()
                + ": Step and Back replay the recording · Play resumes at the newest step · Branch continues from here");
    }

    /**
     * A setting was changed while an earlier step is shown: the hint says so until another step is
     * shown or the run goes on (say, what Branch from here does with the new optimizer). Nothing if live.
     */
    public void pointAtBranch(String text) {
        if (!timeline.position().isLive()) {
            rateChangedAt = timeline.position().shown();
            changeHint = text;
            hint.setText(text);
        }
    }

    /** The change the hint spoke of was taken back (the run's own optimizer chosen again): the usual hint. */
    public void dropBranchHint() {
        rateChangedAt = -1;
        show(timeline.position());
    }

    private static String branchHint(TimelinePosition at, double rate) {
        return "New learning rate " + Numbers.format(rate) + ": Branch from here continues from step " + at.shown()
                + " with it; the steps after it stay as a ghost";
    }

    private void key(KeyEvent e) {
        TimelinePosition at = timeline.position();
        long shown = Math.round(slider.getValue());
        long target = switch (e.getCode()) {
            case LEFT -> shown - 1;
            case RIGHT -> shown + 1;
            case PAGE_DOWN -> shown - PAGE;
            case PAGE_UP -> shown + PAGE;
            case HOME -> at.first();
            case END -> at.newest();
            default -> Long.MIN_VALUE;
        };
        if (target == Long.MIN_VALUE) {
            return;
        }
        e.consume();
        slider.setValue(Math.max(at.first(), Math.min(at.newest(), target)));
    }

    /** True when this key belongs to a focused timeline slider, not to the lesson's keys. */
    public static boolean ownsKey(Node focus, KeyEvent e) {
        return focus instanceof Slider && "timelineSlider".equals(focus.getId()) && KEYS.contains(e.getCode());
    }

    /**
     * Predict mode: while it is on, the timeline goes back to the newest step and is disabled, so a
     * guess is always judged against the update Step really makes.
     */
    public void offWhile(javafx.beans.value.ObservableBooleanValue predicting) {
        disableProperty().bind(Bindings.createBooleanBinding(predicting::get, predicting));
        predicting.addListener((obs, was, on) -> {
            if (on) {
                timeline.live();
            }
        });
    }

    /** Hands {@code onGhost} the ghost (null for none) whenever a branch or a reset changes it. */
    public void whenGhostChanges(Consumer<Trace> onGhost) {
        timeline.positionProperty().addListener((obs, old, now) -> {
            if (old.ghost() != now.ghost()) {
                onGhost.accept(now.ghost());
            }
        });
    }

    /** The lesson's timeline. */
    public Timeline timeline() {
        return timeline;
    }

    /** The slider (for tests). */
    public Slider slider() {
        return slider;
    }
}
