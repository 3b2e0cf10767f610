package org.gradientlab.app.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text scale's steps and the sheets of each theme, without a window. */
class TextScaleTest {

    @Test
    void stepsRunFrom80To200AndStopAtTheEnds() {
        assertEquals(100, TextScale.percent(TextScale.NORMAL));
        assertEquals(80, TextScale.percent(0));
        assertEquals(200, TextScale.percent(TextScale.count() - 1));
        assertEquals(0, TextScale.smaller(0), "no smaller than 80%");
        assertEquals(TextScale.count() - 1, TextScale.larger(TextScale.count() - 1), "no larger than 200%");
        int step = TextScale.NORMAL;
        int previous = 0;
        for (int i = 0; i < TextScale.count(); i++) {
            assertTrue(TextScale.percent(step) >= previous);
            previous = TextScale.percent(step);
            step = TextScale.larger(step);
        }
        assertEquals(TextScale.NORMAL, TextScale.clamp(TextScale.NORMAL));
        assertEquals(0, TextScale.clamp(-5), "a stored step from elsewhere is kept inside the table");
        assertEquals(TextScale.count() - 1, TextScale.clamp(99));
    }

    @Test
    void theScaleSheetSetsTheRootFontSizeOfTheTheme() {
        assertEquals(15.0, TextScale.rootFontSize(Theme.LIGHT, TextScale.NORMAL));
        assertEquals(30.0, TextScale.rootFontSize(Theme.LIGHT, TextScale.count() - 1));
        assertEquals(Theme.PROJECTOR.rootFontSize() * 1.25, TextScale.rootFontSize(Theme.PROJECTOR, 4), 1e-9);
        String url = TextScale.sheetUrl(Theme.DARK, 0);
        assertTrue(url.startsWith("data:text/css;base64,"));
        String css = new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertEquals(".root, .tooltip { -fx-font-size: 12.0px; }", css);
    }

    @Test
    void eachThemeIsTheBaseSheetPlusItsOwnThenTheScale() {
        List<String> light = Presentation.stylesheets(Theme.LIGHT, TextScale.NORMAL);
        assertEquals(2, light.size());
        assertTrue(light.get(0).endsWith("gradient-lab.css"));
        List<String> dark = Presentation.stylesheets(Theme.DARK, TextScale.NORMAL);
        assertEquals(3, dark.size());
        assertTrue(dark.get(1).endsWith("theme-dark.css"), dark.get(1));
        assertTrue(Presentation.stylesheets(Theme.PROJECTOR, 0).get(1).endsWith("theme-projector.css"));
        assertTrue(dark.get(2).startsWith("data:"), "the scale sheet comes last, so it wins");
    }

    @Test
    void aStoredThemeNameIsReadBackAndAnUnknownOneFallsBack() {
        for (Theme theme : Theme.values()) {
            assertEquals(theme, Theme.fromKey(theme.key(), Theme.LIGHT));
        }
        assertEquals(Theme.LIGHT, Theme.fromKey("sepia", Theme.LIGHT));
        assertEquals(Theme.LIGHT, Theme.fromKey(null, Theme.LIGHT));
    }
}
