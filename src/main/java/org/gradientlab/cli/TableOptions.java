package org.gradientlab.cli;

import java.util.List;

/**
 * The options every training command shares about its table, SPEC section 5.
 *
 * @param steps   --steps: how many updates, at least 0
 * @param every   --every: keep the rows whose step is a multiple of it (and the last), at least 1
 * @param outPath --out: the CSV file, or null for stdout
 */
record TableOptions(long steps, long every, String outPath) {

    /** The option names, without dashes. */
    static final List<String> NAMES = List.of("steps", "every", "out");

    /** Reads --steps (required), --every (default 1) and --out (default stdout). */
    static TableOptions parse(Options options) throws UsageException {
        return new TableOptions(options.requireLong("steps", 0), options.optionalLong("every", 1, 1),
                options.optionalString("out", null));
    }
}
