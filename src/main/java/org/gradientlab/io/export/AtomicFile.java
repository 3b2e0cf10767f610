package org.gradientlab.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all or nothing: the bytes go to a temporary file in the target's folder, which is
 * then moved over the target. A write that fails part-way leaves an existing file as it was and
 * creates none. A failure is an {@link ExportException} whose message names the file and the reason.
 */
public final class AtomicFile {

    /** Fills a temporary file with the export's bytes. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out}, which the caller closes. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Fills a temporary file given by its path (for writers that open the file themselves). */
    @FunctionalInterface
    public interface PathContent {
        /** Writes the whole content to the file at {@code temporary}, which exists and is empty. */
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes the bytes that {@code content} produces to {@code target}, all or nothing. */
    public static void write(Path target, Content content) throws ExportException {
        writeVia(target, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(out);
            }
        });
    }

    /** Lets {@code content} fill a temporary file, then moves it over {@code target}, all or nothing. */
    public static void writeVia(Path target, PathContent content) throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(absolute, "the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new ExportException(absolute, "it is a folder");
        }
        Path temporary = createTemporary(absolute, folder);
        try {
            content.writeTo(temporary);
            move(temporary, absolute);
        } catch (AccessDeniedException e) {
            throw new ExportException(absolute, "permission denied", e);
        } catch (IOException | RuntimeException e) {
            throw new ExportException(absolute, reason(e), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Nothing more can be done; the target is untouched either way.
            }
        }
    }

    private static Path createTemporary(Path target, Path folder) throws ExportException {
        for (int attempt = 0; attempt < 10; attempt++) {
            Path temporary = folder.resolve("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                // Not Files.createTempFile: its owner-only permissions would pass on to the finished file.
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException taken) {
                // Another name next time round.
            } catch (AccessDeniedException e) {
                throw new ExportException(target, "cannot write in the folder " + folder + " (permission denied)", e);
            } catch (IOException e) {
                throw new ExportException(target, "cannot write in the folder " + folder + " (" + reason(e) + ")", e);
            }
        }
        throw new ExportException(target, "cannot make a temporary file in " + folder);
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
