package org.gradientlab.app.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.deepnet.DeepNetTab;
import org.gradientlab.app.descent.DescentTab;
import org.gradientlab.app.lesson.Lesson;
import org.gradientlab.app.lesson.LessonContext;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.network.NetworkTab;
import org.gradientlab.app.regression.RegressionTab;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.app.surface.SurfaceTab;

/**
 * The window's lessons, each built when first asked for: a window that starts on one lesson
 * builds one, and opens sooner. The one place that names every lesson: a new lesson registers
 * its factory in {@link #FACTORIES}.
 */
final class LessonSet {

    /** Every lesson the window offers, in tab order (the order of {@link LessonId}). */
    private static final Map<LessonId, Lesson.Factory> FACTORIES = new EnumMap<>(Map.of(
            LessonId.DESCENT, DescentTab::new,
            LessonId.NETWORK, NetworkTab::new,
            LessonId.REGRESSION, RegressionTab::new,
            LessonId.SURFACE, SurfaceTab::new,
            LessonId.DEEP_NETWORK, DeepNetTab::new));

    private final LessonContext context;
    private final EnumMap<LessonId, Lesson> built = new EnumMap<>(LessonId.class);

    /** @param runners where the lessons' runners and tasks run ({@link RunnerFactory#synchronous()} in tests) */
    LessonSet(RunnerFactory runners) {
        this.context = new LessonContext(runners);
    }

    /** The lessons on offer, in tab order. */
    Set<LessonId> ids() {
        return FACTORIES.keySet();
    }

    /** The lesson, built now if it was not yet. */
    Lesson get(LessonId id) {
        Lesson lesson = built.get(id);
        if (lesson == null) {
            requireFxThread();
            Lesson.Factory factory = FACTORIES.get(id);
            if (factory == null) {
                throw new IllegalArgumentException("no lesson is registered for " + id);
            }
            lesson = factory.create(context);
            built.put(id, lesson);
        }
        return lesson;
    }

    /** The lesson as its own class, for the tests' typed access. */
    <T extends Lesson> T get(LessonId id, Class<T> type) {
        return type.cast(get(id));
    }

    /** A lesson is a tree of nodes with timers and a runner thread: built on the FX thread only. */
    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a lesson is built on the FX thread, not on " + Thread.currentThread().getName());
        }
    }

    /** A lesson left playing in a hidden tab would only burn the CPU the visible one needs. */
    void pauseAllBut(LessonId shown) {
        built.forEach((id, lesson) -> {
            if (id != shown && lesson.session().isPlaying()) {
                lesson.session().pause();
            }
        });
    }

    /** Every lesson's playback, in tab order (each lesson built). */
    List<Playback> playbacks() {
        List<Playback> playbacks = new ArrayList<>();
        for (LessonId id : ids()) {
            playbacks.add(get(id).session());
        }
        return playbacks;
    }

    /** Stops the runner of every lesson built. */
    void close() {
        built.values().forEach(Lesson::close);
    }
}
