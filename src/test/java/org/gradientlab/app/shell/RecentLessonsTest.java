package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open recent: newest first, each file once, at most eight; kept in the store it is given. */
class RecentLessonsTest {

    private final RecentLessons.Store store = RecentLessons.inMemory();
    private final RecentLessons recent = new RecentLessons(store);

    private static Path lesson(int i) {
        return Path.of("/lessons", "l" + i + ".json");
    }

    @Test
    void keepsTheEightNewestNewestFirst() {
        for (int i = 0; i < 10; i++) {
            recent.add(lesson(i));
        }
        List<Path> expected = new ArrayList<>();
        for (int i = 9; i >= 2; i--) {
            expected.add(lesson(i));
        }
        assertEquals(expected, recent.files());
    }

    @Test
    void reopeningAFileMovesItFirstWithoutACopy() {
        recent.add(lesson(1));
        recent.add(lesson(2));
        recent.add(Path.of("/lessons/x/../l1.json"));
        assertEquals(List.of(lesson(1), lesson(2)), recent.files());
        assertEquals(List.of("/lessons/l1.json", "/lessons/l2.json"), store.load());
    }
}
