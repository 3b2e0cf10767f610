package org.gradientlab.app.lesson;

import java.util.Locale;
import java.util.Optional;

/**
 * The lessons the window can show, in tab order. Each one's {@link #key} is also its name in a
 * lesson file and in the settings. A new lesson adds a constant here and registers one factory in
 * the shell's lesson set; nothing else counts lessons.
 */
public enum LessonId {
    /** Gradient descent on f(w). */
    DESCENT("Descent"),
    /** Backpropagation through x -> sigma -> sigma -> yhat. */
    NETWORK("Network"),
    /** A line fitted by gradient descent. */
    REGRESSION("Regression"),
    /** Gradient descent on f(w1, w2). */
    SURFACE("Surface"),
    /** A network of several layers: activations, the decision boundary, the vanishing gradient. */
    DEEP_NETWORK("Deep network");

    private final String title;

    LessonId(String title) {
        this.title = title;
    }

    /** The tab's and the View menu's name: "Descent". */
    public String title() {
        return title;
    }

    /** The lesson's name in files, settings and node ids: "descent", "deep_network". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lesson a file or setting names, if any. */
    public static Optional<LessonId> ofKey(String key) {
        for (LessonId id : values()) {
            if (id.key().equals(key)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
