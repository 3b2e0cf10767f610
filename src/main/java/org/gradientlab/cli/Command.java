package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** One headless command of SPEC section 5; {@link Cli} parses its options and reports its errors. */
interface Command {

    /** The word that selects the command, e.g. "descent". */
    String name();

    /** The option names it accepts, without dashes. */
    List<String> optionNames();

    /** Its usage text, ending in a newline. */
    String usage();

    /**
     * Runs the command: validates every option before writing anything, then writes the CSV.
     *
     * @return an {@link ExitStatus}
     * @throws UsageException bad input, found before any output was written
     * @throws IOException    the output could not be written
     */
    int run(Options options, PrintStream out, PrintStream err) throws UsageException, IOException;

    /** How many plain arguments (such as a file name) come before the options; most commands take none. */
    default int argumentCount() {
        return 0;
    }

    /** Runs a command that takes plain arguments; the others ignore them. */
    default int run(List<String> arguments, Options options, PrintStream out, PrintStream err)
            throws UsageException, IOException {
        return run(options, out, err);
    }
}
