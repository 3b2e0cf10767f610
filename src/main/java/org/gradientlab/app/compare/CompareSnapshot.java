package org.gradientlab.app.compare;

import java.util.List;

/**
 * What the FX thread is handed about the compared runs, at most once a frame. Immutable.
 *
 * @param runs    the enabled runs, in slot order
 * @param playing whether the runner is playing
 */
public record CompareSnapshot(List<RunPicture> runs, boolean playing) {

    /** Copies the list. */
    public CompareSnapshot {
        runs = List.copyOf(runs);
    }
}
