package org.gradientlab.cli;

/** The exit statuses of the headless commands, SPEC section 5. */
public final class ExitStatus {

    /** The run finished. */
    public static final int DONE = 0;
    /** Output could not be written part-way (a full disk, a closed pipe): not bad input, not divergence. */
    public static final int IO_FAILURE = 1;
    /** Bad input: a one-line message on stderr, nothing written to --out. */
    public static final int BAD_INPUT = 2;
    /** The run diverged: rows before it are written and stderr names the step. */
    public static final int DIVERGED = 3;

    private ExitStatus() {
    }
}
