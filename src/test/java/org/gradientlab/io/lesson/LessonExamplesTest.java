package org.gradientlab.io.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** assets/lessons is the one source of the examples: the menu lists each file and the build packages each. */
class LessonExamplesTest {

    private static final Path ASSETS = Path.of("assets", "lessons");

    @Test
    void theMenuListsEveryExampleFileAndNoOther() throws Exception {
        Set<String> files;
        try (Stream<Path> list = Files.list(ASSETS)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).collect(Collectors.toSet());
        }
        assertEquals(files, LessonExamples.ALL.stream().map(LessonExamples.Example::file).collect(Collectors.toSet()));
    }

    @Test
    void theBuildPackagesEachExampleAsItIs() throws Exception {
        for (LessonExamples.Example example : LessonExamples.ALL) {
            try (InputStream packaged = LessonExamples.class.getResourceAsStream(LessonExamples.FOLDER + example.file())) {
                assertNotNull(packaged, example.file());
                assertArrayEquals(Files.readAllBytes(ASSETS.resolve(example.file())), packaged.readAllBytes(), example.file());
            }
        }
    }

    @Test
    void eachExampleIsWrittenAsTheAppWouldSaveIt() throws Exception {
        // So a saved copy of an example differs from it only where the person changed something.
        for (LessonExamples.Example example : LessonExamples.ALL) {
            Path file = ASSETS.resolve(example.file());
            assertArrayEquals(Files.readAllBytes(file), LessonFiles.toBytes(LessonFiles.read(file)), example.file());
        }
    }
}
