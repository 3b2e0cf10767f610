package org.gradientlab.app.look;

import java.util.Locale;

/**
 * The steps of the text and line scale, from 80% to 200%, and moving between them. Ctrl+plus and
 * Ctrl+minus move one step and stop at the ends; Ctrl+0 goes back to 100%.
 */
public final class TextScale {

    /** The steps in percent. */
    static final int[] STEPS = {80, 90, 100, 110, 125, 150, 175, 200};
    /** The index of 100%. */
    static final int NORMAL = 2;

    private TextScale() {
    }

    /** The percentage of a step. */
    public static int percent(int step) {
        return STEPS[clamp(step)];
    }

    /** The number of steps. */
    public static int count() {
        return STEPS.length;
    }

    /** One step larger, staying at the largest. */
    public static int larger(int step) {
        return clamp(step + 1);
    }

    /** One step smaller, staying at the smallest. */
    public static int smaller(int step) {
        return clamp(step - 1);
    }

    /** A step kept inside the table (a stored value may come from another version). */
    public static int clamp(int step) {
        return Math.max(0, Math.min(STEPS.length - 1, step));
    }

    /** The root font size in px for a theme at a step. */
    public static double rootFontSize(Theme theme, int step) {
        return Math.round(theme.rootFontSize() * percent(step) / 10.0) / 10.0;
    }

    /**
     * A stylesheet, as a data: URL, that sets the root (and tooltip) font size: every size in em (the base sheet's,
     * AtlantaFX's, the charts' -gl-text-size) follows it, without setStyle on any node.
     */
    public static String sheetUrl(Theme theme, int step) {
        // Tooltips too: AtlantaFX gives them a fixed size in px, and they are not below the root.
        String css = String.format(Locale.ROOT, ".root, .tooltip { -fx-font-size: %.1fpx; }", rootFontSize(theme, step));
        return "data:text/css;base64,"
                + java.util.Base64.getEncoder().encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
