package org.gradientlab.app.runner;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A lesson's timeline as the FX thread sees it: the position that came with the last snapshot
 * taken, and the commands that scrub and branch. The run stays on the runner's thread; these are
 * messages to it, answered with a snapshot of the step asked for through the usual snapshot path.
 */
public final class Timeline {

    private final TrainingRunner<?> runner;
    /** What Branch does, when a lesson has its own (a branch with another optimizer); null for the plain one. */
    private Runnable onBranch;
    private final ReadOnlyObjectWrapper<TimelinePosition> position =
            new ReadOnlyObjectWrapper<>(this, "position", TimelinePosition.START);

    Timeline(TrainingRunner<?> runner) {
        this.runner = runner;
    }

    /** Called with each snapshot taken, on the thread that takes it. */
    void update(TimelinePosition next) {
        position.set(next);
    }

    /** Where the timeline stands, as of the last snapshot taken. */
    public ReadOnlyObjectProperty<TimelinePosition> positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The position now. */
    public TimelinePosition position() {
        return position.get();
    }

    /** Every panel shows this recorded step (clamped to those kept); pauses. The run is unchanged. */
    public void show(long step) {
        runner.show(step);
    }

    /** Back to the newest step. */
    public void live() {
        runner.show(Long.MAX_VALUE);
    }

    /** Continues from the shown step with the current settings; the cut-off part becomes the ghost. */
    public void branch() {
        if (onBranch != null) {
            onBranch.run();
        } else {
            runner.branch();
        }
    }

    /** A lesson's own Branch (FX thread), which then calls one of the runner's branch commands. */
    public void setOnBranch(Runnable action) {
        onBranch = action;
    }
}
