package org.gradientlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code open FILE.json} checks the file headless before any window opens. */
class LauncherTest {

    @TempDir
    Path folder;

    @Test
    void aGoodLessonGoesOnToTheApp() {
        assertEquals(0, Launcher.checkLesson(new String[] {"open", "assets/lessons/descent-bowl.json"}));
    }

    @Test
    void aBadOrMissingLessonIsBadInput() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"format\": \"gradient-lab-lesson\", \"version\": 1,");
        assertEquals(2, Launcher.checkLesson(new String[] {"open", bad.toString()}));
        assertEquals(2, Launcher.checkLesson(new String[] {"open", folder.resolve("none.json").toString()}));
        assertEquals(2, Launcher.checkLesson(new String[] {"open"}));
    }

    @Test
    void withoutADisplayTheAppSaysSoInOneLineAndExitsWithOne() throws Exception {
        // The launcher as the jar runs it, in a JVM of its own whose environment has no DISPLAY.
        ProcessBuilder start = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName());
        start.environment().remove("DISPLAY");
        start.environment().remove("WAYLAND_DISPLAY");
        Process app = start.start();
        String out = new String(app.getInputStream().readAllBytes());
        String err = new String(app.getErrorStream().readAllBytes());
        assertTrue(app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(1, app.exitValue());
        assertEquals("", out);
        assertEquals("gradient-lab: no display found (DISPLAY is not set); the headless commands still work: "
                + "java -jar gradient-lab.jar help" + System.lineSeparator(), err);
    }

    @Test
    void onlyX11SystemsWithoutADisplayAndWithoutAHeadlessPlatformHaveNone() {
        assertEquals("no display found (DISPLAY is not set)", Launcher.noDisplay("Linux", java.util.Map.of(), null));
        assertEquals("no display found (DISPLAY is not set)", Launcher.noDisplay("Linux", java.util.Map.of("DISPLAY", " "), null));
        assertEquals(null, Launcher.noDisplay("Linux", java.util.Map.of("DISPLAY", ":0"), null));
        assertEquals(null, Launcher.noDisplay("Linux", java.util.Map.of(), "Monocle"));
        assertEquals(null, Launcher.noDisplay("Windows 11", java.util.Map.of(), null));
        assertEquals(null, Launcher.noDisplay("Mac OS X", java.util.Map.of(), null));
    }
}
