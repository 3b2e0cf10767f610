package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.io.lesson.LessonSettings;
import org.junit.jupiter.api.Test;

/** The window's lessons: one registered factory per LessonId, in the order of the enum, named as the files name them. */
class LessonSetTest {

    @Test
    void everyLessonIdHasAFactoryInTabOrder() {
        assertEquals(List.of(LessonId.values()), List.copyOf(new LessonSet(RunnerFactory.synchronous()).ids()));
    }

    @Test
    void theLessonsKeysAreTheNamesLessonFilesGive() {
        for (LessonId id : LessonId.values()) {
            assertEquals(id.name().toLowerCase(Locale.ROOT), id.key());
            assertEquals(id, LessonId.ofKey(id.key()).orElseThrow());
        }
        assertEquals(LessonSettings.LESSONS, List.of(LessonId.values()).stream().map(LessonId::key).toList());
        assertEquals(java.util.Optional.empty(), LessonId.ofKey("Descent"));
    }
}
