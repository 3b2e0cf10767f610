package org.gradientlab.io.export;

import java.nio.file.Path;

/** An export that could not be written; the message names the file and the reason. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** @param file the file that was to be written; @param reason why it was not */
    public ExportException(Path file, String reason) {
        super("Could not write " + file + ": " + reason);
        this.file = file;
    }

    /** As above, with the failure underneath. */
    public ExportException(Path file, String reason, Throwable cause) {
        super("Could not write " + file + ": " + reason, cause);
        this.file = file;
    }

    /** The file that was to be written. */
    public Path file() {
        return file;
    }
}
