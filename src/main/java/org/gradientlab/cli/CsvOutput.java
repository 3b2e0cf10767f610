package org.gradientlab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a command's CSV goes: stdout, or the {@code --out} file. The file is written under a temporary
 * name in the same folder and moved over the target by {@link #commit()}, so a run that fails part-way
 * leaves an existing file as it was and creates none.
 */
public final class CsvOutput implements AutoCloseable {

    private final OutputStream stream;
    private final Path temporary;
    private final Path target;
    private boolean committed;

    private CsvOutput(OutputStream stream, Path temporary, Path target) {
        this.stream = stream;
        this.temporary = temporary;
        this.target = target;
    }

    /** Output to stdout; a write that fails (a closed pipe) becomes an IOException. */
    public static CsvOutput toStdout(PrintStream stdout) {
        return new CsvOutput(new CheckedPrintStream(stdout), null, null);
    }

    /** Output to the file at {@code path}; a path that cannot be written is bad input. */
    public static CsvOutput toFile(String path) throws UsageException {
        Path target = checkedTarget(path);
        Path folder = target.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                // Not Files.createTempFile: its owner-only permissions would pass on to the finished file.
                OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new CsvOutput(stream, temporary, target);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 10) {
                    throw new UsageException("--out: cannot create a temporary file in '" + folder + "'");
                }
            } catch (AccessDeniedException denied) {
                throw new UsageException("--out: cannot write in folder '" + folder + "' (permission denied)");
            } catch (IOException e) {
                throw new UsageException("--out: cannot write '" + path + "' (" + e.getMessage() + ")");
            }
        }
    }

    private static Path checkedTarget(String path) throws UsageException {
        Path target;
        try {
            target = Path.of(path);
        } catch (InvalidPathException e) {
            throw new UsageException("--out: '" + path + "' is not a valid file name");
        }
        if (path.isEmpty() || Files.isDirectory(target)) {
            throw new UsageException("--out: '" + path + "' is a folder, not a file");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("--out: folder '" + folder + "' does not exist");
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new UsageException("--out: '" + path + "' is read-only");
        }
        return target;
    }

    /** The bytes of the CSV. */
    public OutputStream stream() {
        return stream;
    }

    /** Finishes the output: flushes stdout, or closes the file and moves it over the target. */
    public void commit() throws IOException {
        stream.flush();
        if (temporary != null) {
            stream.close();
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Without a commit, removes the temporary file; stdout is left open. */
    @Override
    public void close() throws IOException {
        if (temporary != null && !committed) {
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** PrintStream hides write errors in a flag; this turns the flag into an exception, so a run stops. */
    private static final class CheckedPrintStream extends OutputStream {
        private final PrintStream out;

        CheckedPrintStream(PrintStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            check();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            check();
        }

        @Override
        public void flush() throws IOException {
            check();
        }

        private void check() throws IOException {
            // checkError also flushes, which suits the large chunks written here.
            if (out.checkError()) {
                throw new IOException("stdout could not be written");
            }
        }
    }
}
