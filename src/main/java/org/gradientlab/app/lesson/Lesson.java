package org.gradientlab.app.lesson;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import org.gradientlab.io.export.Worksheet;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;

/**
 * One lesson as the window sees it: its view, its explanation, its session (playback, Predict
 * mode, rate, speed, optimizer, timeline), its keys and its lesson files. The shell builds each
 * lesson the first time it is shown, through the {@link Factory} registered for its {@link LessonId},
 * and never looks inside. A lesson is built, used and closed on the FX thread.
 */
public interface Lesson extends AutoCloseable {

    /** Builds a lesson: its model, view and controller and the wiring between them (FX thread). */
    @FunctionalInterface
    interface Factory {
        /** A new lesson, its runner started from {@code context}. */
        Lesson create(LessonContext context);
    }

    /** Which lesson this is. */
    LessonId id();

    /** The lesson's own view, without the explanation the window puts around it. */
    Node view();

    /** The short explanation above the lesson. */
    Explanation explanation();

    /** The run: playback commands, Predict mode, learning rate, speed, optimizer and timeline. */
    LessonSession<?> session();

    /** The lesson's answer to a key the window did not use; true if it used it. */
    boolean handleKey(KeyEvent e);

    /** The lesson's settings now, as a lesson file (File &gt; Save lesson). */
    LessonFile export();

    /**
     * Takes a lesson file's settings and restarts once; a file that is not for this lesson, or not
     * usable, throws and changes nothing.
     */
    void apply(LessonFile file) throws LessonFileException;

    /** The worksheet of this lesson from its start and settings now (File &gt; Export); empty if it has none. */
    default Optional<Worksheet> worksheet(int steps) {
        return Optional.empty();
    }

    /**
     * The headless command (SPEC section 5) of the problem this lesson plays in the frame probe, up
     * to {@code --steps}, so the probe can set the engine's rate in the app against the command's;
     * empty when the lesson's setup has none.
     */
    default Optional<List<String>> probeCommand() {
        return Optional.empty();
    }

    /** Sets the lesson up to run for the whole frame probe instead of settling in a few steps. */
    default void prepareForProbe() {
    }

    /** Stops the lesson's timers, windows and runner. */
    @Override
    void close();
}
