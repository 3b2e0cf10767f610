package org.gradientlab.io.lesson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Replaces a file whole or not at all: the bytes go to a temporary file in the same folder, reach
 * the disk, and only then is it moved over the target (atomically where the file system can). Any
 * failure removes the temporary file and leaves the target as it was.
 */
final class AtomicWrite {

    private AtomicWrite() {
    }

    /**
     * @param wrap wraps the temporary file's stream; tests use it to fail part-way
     */
    static void write(Path target, byte[] bytes, UnaryOperator<OutputStream> wrap) throws IOException {
        String name = String.valueOf(target.getFileName());
        if (Files.isDirectory(target)) {
            throw new IOException(name + ": is a folder");
        }
        // The move would replace a read-only file as readily as any other: its owner said not to.
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new IOException(name + ": is read-only");
        }
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            FileChannel channel = null;
            for (int attempt = 0; channel == null; attempt++) {
                temporary = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
                try {
                    channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException taken) {
                    if (attempt == 10) {
                        throw taken;
                    }
                }
            }
            try (FileChannel open = channel; OutputStream out = wrap.apply(Channels.newOutputStream(open))) {
                out.write(bytes);
                out.flush();
                open.force(true);
            }
            move(temporary, target);
            temporary = null;
        } catch (AccessDeniedException e) {
            throw new IOException(name + ": cannot write in folder " + folder + " (permission denied)", e);
        } catch (IOException e) {
            throw new IOException(name + ": not saved (" + e.getMessage() + ")", e);
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
