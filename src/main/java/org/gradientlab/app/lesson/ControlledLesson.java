package org.gradientlab.app.lesson;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import org.gradientlab.app.runner.RunSnapshot;

/**
 * The part of a {@link Lesson} that every lesson wires the same way: its id, explanation, view,
 * session, keys and closing come from its controller. A lesson class adds only what is its own
 * (lesson files, worksheet, probe setup), so no lesson copies another's wiring.
 *
 * @param <S> the lesson's snapshot type
 */
public abstract class ControlledLesson<S extends RunSnapshot> implements Lesson {

    private final LessonId id;
    private final Explanation explanation;
    private final Node view;
    private final LessonSession<S> session;
    private final Predicate<KeyEvent> keys;
    private final Runnable close;

    /**
     * @param view    the controller's view
     * @param session the model's session
     * @param keys    the controller's answer to a key the window did not use
     * @param close   stops the controller's timers, windows and runner
     */
    protected ControlledLesson(LessonId id, Explanation explanation, Node view, LessonSession<S> session,
                               Predicate<KeyEvent> keys, Runnable close) {
        this.id = id;
        this.explanation = explanation;
        this.view = view;
        this.session = session;
        this.keys = keys;
        this.close = close;
    }

    @Override
    public final LessonId id() {
        return id;
    }

    @Override
    public final Node view() {
        return view;
    }

    @Override
    public final Explanation explanation() {
        return explanation;
    }

    @Override
    public final LessonSession<S> session() {
        return session;
    }

    @Override
    public final boolean handleKey(KeyEvent e) {
        return keys.test(e);
    }

    @Override
    public final void close() {
        close.run();
    }
}
