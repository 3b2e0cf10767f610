package org.gradientlab.app.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A look for the whole window: AtlantaFX's user-agent stylesheet underneath, the app's base sheet,
 * and for dark and projector one more sheet that redefines the looked-up colours and line widths.
 * The root font size lives here, not in the sheets, because the text scale multiplies it.
 */
public enum Theme {
    /** Today's look: Primer Light and the base sheet alone. */
    LIGHT("Light", null, 15, () -> new PrimerLight().getUserAgentStylesheetBSS()),
    /** Light text on a dark surface, for a dim room or a late evening. */
    DARK("Dark", "theme-dark.css", 15, () -> new PrimerDark().getUserAgentStylesheetBSS()),
    /** Black on white, strong colours, thick lines and large numbers, for the back of a classroom. */
    PROJECTOR("Projector", "theme-projector.css", 18, () -> new PrimerLight().getUserAgentStylesheetBSS());

    /** The base sheet every theme starts from. */
    public static final String BASE_SHEET = "/org/gradientlab/gradient-lab.css";

    private final String label;
    private final String sheet;
    private final double rootFontSize;
    private final Supplier<String> userAgentSheet;

    Theme(String label, String sheet, double rootFontSize, Supplier<String> userAgentSheet) {
        this.label = label;
        this.sheet = sheet;
        this.rootFontSize = rootFontSize;
        this.userAgentSheet = userAgentSheet;
    }

    /** The name in the View menu. */
    public String label() {
        return label;
    }

    /** The theme's own sheet as a URL, or null for the light theme (the base sheet is the light theme). */
    public String sheetUrl() {
        return sheet == null ? null : Theme.class.getResource("/org/gradientlab/" + sheet).toExternalForm();
    }

    /** The base sheet as a URL. */
    public static String baseSheetUrl() {
        return Theme.class.getResource(BASE_SHEET).toExternalForm();
    }

    /** The root font size in px at 100%. */
    public double rootFontSize() {
        return rootFontSize;
    }

    /** AtlantaFX's user-agent stylesheet for this theme, in its compiled form (.bss): nothing to parse at start-up. */
    public String userAgentSheet() {
        return userAgentSheet.get();
    }

    /** The name kept in the preferences. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme a stored key names, or the fallback when there is none or it is unknown (an older or newer version's). */
    public static Theme fromKey(String key, Theme fallback) {
        for (Theme theme : values()) {
            if (theme.key().equals(key)) {
                return theme;
            }
        }
        return fallback;
    }
}
