package org.gradientlab.io.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save replaces the file whole or not at all. */
class AtomicSaveTest {

    @TempDir
    Path folder;

    private static final LessonFile BOWL = new LessonFile(0.1, 2, OptimizerSettings.DEFAULT,
            new DescentLesson("(w - 1)^2 + 0.5", -2.5));
    private static final LessonFile OTHER = new LessonFile(0.02, Double.POSITIVE_INFINITY,
            OptimizerSettings.DEFAULT.withName("adam"), new DescentLesson("w^4 - 3*w^2 + w", 1.6));

    /** Lets {@code limit} bytes through, then fails as a full disk would. */
    private static OutputStream failingAfter(OutputStream out, int limit) {
        return new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (written++ >= limit) {
                    throw new IOException("No space left on device");
                }
                super.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        };
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void aSaveThatFailsPartWayLeavesTheOldFileByteForByte() throws Exception {
        Path file = folder.resolve("lesson.json");
        LessonFiles.write(BOWL, file);
        byte[] before = Files.readAllBytes(file);

        IOException e = assertThrows(IOException.class,
                () -> AtomicWrite.write(file, LessonFiles.toBytes(OTHER), out -> failingAfter(out, 40)));

        assertEquals("lesson.json: not saved (No space left on device)", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), filesInFolder(), "the temporary file is gone");
        assertEquals(BOWL, LessonFiles.read(file));
    }

    @Test
    void aFailedFirstSaveCreatesNoFile() {
        Path file = folder.resolve("new.json");
        assertThrows(IOException.class, () -> AtomicWrite.write(file, LessonFiles.toBytes(OTHER), out -> failingAfter(out, 0)));
        assertTrue(Files.notExists(file));
    }

    @Test
    void aGoodSaveReplacesTheFileAndReadsBackEqual() throws Exception {
        Path file = folder.resolve("lesson.json");
        LessonFiles.write(BOWL, file);
        LessonFiles.write(OTHER, file);
        assertEquals(OTHER, LessonFiles.read(file));
        assertEquals(List.of(file), filesInFolder());
        assertTrue(Files.readString(file).contains("\"speed\": \"max\""), "infinity is written as max");
    }

    @Test
    void aLessonWithABadValueIsNotSaved() throws Exception {
        Path file = folder.resolve("lesson.json");
        LessonFiles.write(BOWL, file);
        byte[] before = Files.readAllBytes(file);
        LessonFile bad = new LessonFile(Double.NaN, 2, OptimizerSettings.DEFAULT, new DescentLesson("w^2", 1));
        IOException e = assertThrows(IOException.class, () -> LessonFiles.write(bad, file));
        assertEquals("lesson.json: not saved: learningRate: NaN is not a finite number", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFolderIsNotOverwritten() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("lesson.json"));
        IOException e = assertThrows(IOException.class, () -> LessonFiles.write(BOWL, sub));
        assertEquals("lesson.json: is a folder", e.getMessage());
    }
}
