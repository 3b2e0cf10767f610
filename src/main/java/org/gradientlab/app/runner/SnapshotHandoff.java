package org.gradientlab.app.runner;

import java.util.concurrent.atomic.AtomicReference;
import org.gradientlab.engine.TraceHistory.Trace;

/**
 * What a training runner hands the FX thread: the newest snapshot together with the timeline's
 * position at the same moment, at most one waiting. {@link #take} is the FX thread's side; the rest
 * is the runner's side, used on the runner's thread only.
 *
 * @param <S> the lesson's snapshot type
 */
final class SnapshotHandoff<S> {

    /** A snapshot, the timeline's position at the same moment, and whether the run was playing. */
    record Published<S>(S snapshot, TimelinePosition position, boolean playing) {
    }

    private final AtomicReference<Published<S>> latest = new AtomicReference<>();
    /** The part the last branch cut off, or null; immutable, handed to the FX thread as it is. */
    private Trace ghost;
    /** Engines handed over so far: the timeline tells a new run from the same run moved. */
    private long engineRun;
    /** The rate was chosen while an earlier step is shown: the picture previews it rather than the recorded one. */
    private boolean rateChosenWhileScrubbed;

    /** FX thread: the snapshot shown last was of a run playing. */
    private boolean showingPlay;

    /** FX thread: the newest published pair not yet taken, or null; taking it lets the runner publish the next. */
    private Published<S> take() {
        return latest.getAndSet(null);
    }

    /**
     * FX thread: as {@link #take}, at a pulse that began at {@code now}, told to the pacer; while the
     * run plays, null at the pulses that show no new picture. A paused run is shown at once, and lets
     * the pacer go back to a picture every pulse.
     */
    Published<S> takeAtPulse(long now, FramePacer pacer) {
        pacer.pulse(now);
        if (showingPlay && !pacer.picturePulse()) {
            return null;
        }
        Published<S> taken = take();
        if (taken != null) {
            showingPlay = taken.playing();
            if (!showingPlay) {
                pacer.fullRate();
            }
        }
        return taken;
    }

    /** True when the FX thread has taken the last one: a new one is made only for somebody. */
    boolean isTaken() {
        return latest.get() == null;
    }

    /** A branch cut this part off (null for none). */
    void branched(Trace cutOff) {
        ghost = cutOff;
    }

    /** A new engine: no ghost, a new run for the timeline. */
    void newEngine() {
        ghost = null;
        engineRun++;
    }

    /** A new learning rate was chosen; {@code scrubbed} if an earlier step is shown. */
    void rateChosen(boolean scrubbed) {
        rateChosenWhileScrubbed = scrubbed;
    }

    /** Publishes the engine's snapshot and the timeline's position, replacing any not taken. */
    void publish(TrainingEngine<S> engine, boolean playing, double learningRate) {
        if (!engine.isScrubbed()) {
            rateChosenWhileScrubbed = false;
        }
        TimelinePosition position = new TimelinePosition(engine.firstKeptStep(), engine.newestStep(),
                engine.shownStep(), ghost, engineRun);
        latest.set(new Published<>(engine.snapshot(playing, shownRate(engine, learningRate)), position, playing));
    }

    /** After a failure: the screen learns that playing stopped, unless the engine cannot even make a snapshot. */
    void publishAfterFailure(TrainingEngine<S> engine, double learningRate) {
        try {
            publish(engine, false, learningRate);
        } catch (RuntimeException again) {
            // The first failure is the one the person sees (already reported); a second one adds nothing.
        }
    }

    /**
     * The rate the picture's next update uses: scrubbed back, the one recorded at the shown step, so
     * the step arrow and the update rule agree with the table and with Step's replay; after a new
     * rate is chosen while scrubbed back, that rate, as a preview of a branch.
     */
    private double shownRate(TrainingEngine<S> engine, double learningRate) {
        if (engine.isScrubbed() && !rateChosenWhileScrubbed) {
            double recorded = engine.recordedRateAt(engine.shownStep());
            if (!Double.isNaN(recorded)) {
                return recorded;
            }
        }
        return learningRate;
    }
}
