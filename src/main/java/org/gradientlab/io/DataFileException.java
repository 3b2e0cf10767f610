package org.gradientlab.io;

/**
 * A data or lesson file that cannot be used: the message names the file, the line (when there is
 * one) and the problem, e.g. {@code data.csv, line 7: 'abc' is not a number}.
 */
public final class DataFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message the whole message, file and line included */
    public DataFileException(String message) {
        super(message);
    }

    /** @param message the whole message, file and line included; @param cause what failed underneath */
    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
