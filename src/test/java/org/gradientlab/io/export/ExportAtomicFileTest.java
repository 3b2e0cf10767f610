package org.gradientlab.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports are written all or nothing: a failure leaves an existing file as it was and no stray file. */
class ExportAtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void writesTheWholeContentAndNoTemporaryFileStays() throws Exception {
        Path target = folder.resolve("steps.csv");
        AtomicFile.write(target, out -> out.write("step,w\n0,1.0\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("step,w\n0,1.0\n", Files.readString(target));
        assertEquals(List.of(target), list(folder));
    }

    @Test
    void aWriteThatFailsPartWayLeavesTheOldFileAndNamesTheFile() throws Exception {
        Path target = folder.resolve("sheet.md");
        Files.writeString(target, "the old worksheet");
        ExportException failure = assertThrows(ExportException.class, () -> AtomicFile.write(target, out -> {
            out.write("half a new".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("disk full");
        }));
        assertTrue(failure.getMessage().contains(target.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("disk full"), failure.getMessage());
        assertEquals("the old worksheet", Files.readString(target));
        assertEquals(List.of(target), list(folder));
    }

    @Test
    void aReadOnlyFolderLeavesTheExistingFileIntact() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Path target = readOnly.resolve("chart.png");
        byte[] old = {1, 2, 3};
        Files.write(target, old);
        boolean immutable = makeReadOnly(readOnly);
        try {
            Assumptions.assumeFalse(Files.isWritable(readOnly) && canCreateIn(readOnly),
                    "this user can write in any folder and the file system cannot be made read-only");
            ExportException failure = assertThrows(ExportException.class,
                    () -> AtomicFile.write(target, out -> out.write(new byte[] {9, 9})));
            assertTrue(failure.getMessage().contains(target.toString()), failure.getMessage());
            assertArrayEquals(old, Files.readAllBytes(target));
            assertEquals(List.of(target), list(readOnly));
        } finally {
            if (immutable) {
                run("chattr", "-i", readOnly.toString());
            }
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aMissingFolderIsSaidSo() {
        Path target = folder.resolve("no-such-folder").resolve("steps.csv");
        ExportException failure = assertThrows(ExportException.class,
                () -> AtomicFile.write(target, out -> out.write(1)));
        assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
    }

    /** Permissions, and for root (whom permissions do not stop) the immutable flag where ext4 has it. */
    private static boolean makeReadOnly(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (canCreateIn(dir)) {
            return run("chattr", "+i", dir.toString());
        }
        return false;
    }

    private static boolean canCreateIn(Path dir) {
        Path probe = dir.resolve(".probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
