package org.gradientlab.app.compare;

import javafx.scene.paint.Color;

/**
 * The compared runs' colours, one per slot: Okabe-Ito vermillion, blue, bluish green and reddish
 * purple, which stay apart for colour-blind eyes, on a projector, and on the light and the dark
 * surface alike (so every theme uses the same four).
 */
public final class RunColours {

    /** The largest number of runs compared at once. */
    public static final int MAX_RUNS = 4;

    private static final Color[] COLOURS = {
        Color.web("#d55e00"), Color.web("#0072b2"), Color.web("#009e73"), Color.web("#cc79a7"),
    };

    private RunColours() {
    }

    /** The colour of the run in this slot (0 to 3). */
    public static Color of(int slot) {
        return COLOURS[slot % COLOURS.length];
    }
}
