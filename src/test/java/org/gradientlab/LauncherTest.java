package org.gradientlab;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
