package org.gradientlab.app.runner;

import javafx.animation.AnimationTimer;

/**
 * An AnimationTimer that never fails silently or over and over: an exception in a frame stops the
 * timer and goes to the thread's uncaught-exception handler (the app shows it).
 */
public abstract class FrameTimer extends AnimationTimer {

    @Override
    public final void handle(long now) {
        try {
            frame(now);
        } catch (RuntimeException | Error e) {
            stop();
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        }
    }

    /** One frame's work, on the FX thread. */
    protected abstract void frame(long now);

    /**
     * A timer that runs the work every frame while the node's window is showing, and stops when
     * it closes, so a closed window leaves no timer behind.
     */
    public static FrameTimer whileShowing(javafx.scene.Node node, java.util.function.LongConsumer work) {
        FrameTimer timer = of(work);
        javafx.beans.value.ObservableValue<Boolean> showing = node.sceneProperty()
                .flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::showingProperty)
                .orElse(false);
        showing.addListener((obs, was, now) -> {
            if (now) {
                timer.start();
            } else {
                timer.stop();
            }
        });
        if (showing.getValue()) {
            timer.start();
        }
        return timer;
    }

    /** A timer that runs the given work every frame. */
    public static FrameTimer of(java.util.function.LongConsumer work) {
        return new FrameTimer() {
            @Override
            protected void frame(long now) {
                work.accept(now);
            }
        };
    }
}
