package org.gradientlab.cli;

/**
 * Bad input on the command line (SPEC section 5, exit status 2). The message is one line that says
 * what is wrong and where, ready to print after the command's name.
 */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where, in one line */
    public UsageException(String message) {
        super(message);
    }
}
