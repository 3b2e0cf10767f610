package org.gradientlab.app.lesson;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A steps table's rows, the newest steps oldest first: while playing they follow at a readable
 * pace (hundreds of rows), not every frame; paused, at once. FX thread only.
 *
 * @param <R> a row
 */
public final class TableRows<R> {

    /** The table of steps refreshes at most this often while playing. */
    public static final long REFRESH_NANOS = 150_000_000L;

    private final ObservableList<R> rows = FXCollections.observableArrayList();
    /** When the rows last changed. */
    private long shownAt;

    /** Shows a snapshot's newest rows, unless playing and shown less than {@link #REFRESH_NANOS} ago. */
    public void show(boolean playing, List<R> recent) {
        long now = System.nanoTime();
        if (!playing || now - shownAt >= REFRESH_NANOS) {
            rows.setAll(recent);
            shownAt = now;
        }
    }

    /** The rows. */
    public ObservableList<R> rows() {
        return rows;
    }
}
