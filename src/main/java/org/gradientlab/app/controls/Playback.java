package org.gradientlab.app.controls;

import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.gradientlab.io.export.StepsTable;

/** What a lesson offers the playback bar: the same commands in every lesson. */
public interface Playback {

    /** Exactly one update. */
    void step();

    /** Undo the last update. */
    void stepBack();

    /** Play if paused, pause if playing. */
    void togglePlay();

    /** Back to the start. */
    void reset();

    /** Whether the lesson is playing. */
    ObservableBooleanValue playing();

    /** Whether there is an update to undo. */
    ObservableBooleanValue canStepBack();

    /** Steps per second while playing; infinity for as fast as possible. */
    DoubleProperty speedProperty();

    /** The step shown now (the newest snapshot's). */
    long currentStep();

    /** Hands every step the run has kept, as its headless command's table, to {@code onFxThread}. */
    void keptSteps(Consumer<StepsTable> onFxThread);
}
