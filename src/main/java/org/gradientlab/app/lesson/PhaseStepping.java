package org.gradientlab.app.lesson;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gradientlab.app.predict.PredictionRound;
import org.gradientlab.app.runner.RunSnapshot;

/**
 * "Step phase" over a lesson session: forward pass, cost, backward pass, then the update itself,
 * and the snapshot before the update for "old -> new". Step, Play and Reset show the whole step
 * again; a step reached another way than the update asked for (the timeline, Live) is shown whole.
 * FX thread only.
 *
 * @param <S> the lesson's snapshot type
 */
public final class PhaseStepping<S extends RunSnapshot> {

    private final LessonSession<S> session;
    private final ReadOnlyObjectWrapper<PassPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase", PassPhase.ALL);
    private final ReadOnlyObjectWrapper<S> previous = new ReadOnlyObjectWrapper<>(this, "previous");

    /** Hooks into the session's moves, resets and snapshots (call once, before its first pull). */
    public PhaseStepping(LessonSession<S> session) {
        this.session = session;
        session.onMove(() -> phase.set(PassPhase.ALL));
        session.onReset(() -> {
            phase.set(PassPhase.ALL);
            previous.set(null);
        });
        session.onSnapshot(this::follow);
    }

    private void follow(S next) {
        S last = session.snapshot();
        if (last != null && last.step() != next.step()) {
            S before = previous.get();
            if (phase.get() == PassPhase.UPDATE && (before == null || next.step() != before.step() + 1)) {
                phase.set(PassPhase.ALL);
            }
            previous.set(last);
        }
    }

    /** The next phase of one step; in Predict mode the update itself waits for the guess. */
    public void stepPhase() {
        // Always pause: the playing flag the FX thread sees may be a frame old.
        session.pause();
        PassPhase next = phase.get().next();
        if (next == PassPhase.UPDATE && session.predict().holdsStep()) {
            return;
        }
        if (next == PassPhase.UPDATE) {
            previous.set(session.snapshot());
        }
        phase.set(next);
        if (next == PassPhase.UPDATE) {
            session.stepWithoutAsking();
        }
    }

    /** Predict mode's reveal: judges, counts, and makes the update, shown as the update phase. */
    public PredictionRound reveal(java.util.function.Supplier<PredictionRound> judge) {
        return session.predict().reveal(judge, () -> {
            previous.set(session.snapshot());
            phase.set(PassPhase.UPDATE);
            session.stepWithoutAsking();
        });
    }

    /** The phase shown. */
    public ReadOnlyObjectProperty<PassPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The snapshot before the last change of step (for "old -> new" in the update phase), or null. */
    public ReadOnlyObjectProperty<S> previousProperty() {
        return previous.getReadOnlyProperty();
    }
}
