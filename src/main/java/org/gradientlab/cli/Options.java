package org.gradientlab.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one headless command, written {@code --name value} (or {@code --name=value}, for a
 * value that itself starts with {@code --}). Parsing rejects unknown and repeated options and an option
 * without its value; the typed getters reject missing and malformed values. Every rejection is a
 * {@link UsageException} whose message names the option. Names are given without the dashes.
 */
public final class Options {


    private final Map<String, String> values;

    /**
     * The option names of a command, its own then the shared groups', in that order. A plain loop, not a
     * stream: every command's list is made when the CLI starts, and the first lambda of a process costs
     * its start several milliseconds (issue 13 times whole processes against C).
     */
    @SafeVarargs
    static List<String> names(List<String>... groups) {
        List<String> all = new ArrayList<>();
        for (List<String> group : groups) {
            all.addAll(group);
        }
        return List.copyOf(all);
    }

    private final boolean helpRequested;

    private Options(Map<String, String> values, boolean helpRequested) {
        this.values = values;
        this.helpRequested = helpRequested;
    }

    /**
     * Reads {@code args[from..]} as options.
     *
     * @param known the option names this command accepts; {@code --help} is always accepted
     */
    public static Options parse(String[] args, int from, Collection<String> known) throws UsageException {
        Set<String> accepted = Set.copyOf(known);
        Map<String, String> values = new HashMap<>();
        boolean help = false;
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!looksLikeOption(arg)) {
                throw new UsageException("unexpected argument '" + arg + "' (options are written --name value)");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (name.equals("help") && equals < 0) {
                help = true;
                continue;
            }
            if (!accepted.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (values.containsKey(name)) {
                throw new UsageException("option --" + name + " given twice");
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !looksLikeOption(args[i + 1])) {
                value = args[++i];
            } else {
                throw new UsageException("option --" + name + " needs a value");
            }
            values.put(name, value);
        }
        return new Options(values, help);
    }

    /** "--" and a letter: "-3" and "-w^2" are values, not options. */
    private static boolean looksLikeOption(String arg) {
        return arg.length() > 2 && arg.startsWith("--") && Character.isLetter(arg.charAt(2));
    }

    /** True when {@code --help} was given. */
    public boolean helpRequested() {
        return helpRequested;
    }

    /** True when the option was given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The option's text; missing is an error. */
    public String requireString(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("missing required option --" + name);
        }
        return value;
    }

    /** The option's text, or {@code fallback} when it was not given. */
    public String optionalString(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The option as a finite number; missing or malformed is an error. */
    public double requireDouble(String name) throws UsageException {
        return toDouble(name, requireString(name));
    }

    /** The option as a finite number, or {@code fallback} when it was not given. */
    public double optionalDouble(String name, double fallback) throws UsageException {
        return has(name) ? requireDouble(name) : fallback;
    }

    /** The option as a whole number of at least {@code min}; missing or malformed is an error. */
    public long requireLong(String name, long min) throws UsageException {
        long value = toLong(name, requireString(name));
        if (value < min) {
            throw new UsageException("--" + name + " must be at least " + min);
        }
        return value;
    }

    /** The option as a whole number of at least {@code min}, or {@code fallback} when it was not given. */
    public long optionalLong(String name, long fallback, long min) throws UsageException {
        return has(name) ? requireLong(name, min) : fallback;
    }

    /**
     * The option as one of {@code allowed}, or {@code fallback} when it was not given.
     *
     * @param what the word for the value in the message, e.g. "optimizer" in
     *             {@code unknown optimizer 'sgd' (expected gd, momentum, rmsprop, adam, adagrad)}
     */
    public String optionalChoice(String name, String fallback, String what, List<String> allowed) throws UsageException {
        if (!has(name)) {
            return fallback;
        }
        String value = values.get(name);
        if (!allowed.contains(value)) {
            throw new UsageException("unknown " + what + " '" + value + "' (expected " + String.join(", ", allowed) + ")");
        }
        return value;
    }

    private static double toDouble(String name, String text) throws UsageException {
        double value = NumberSyntax.isDecimal(text) ? Double.parseDouble(text) : Double.NaN;
        if (!Double.isFinite(value)) {
            throw new UsageException("--" + name + ": '" + text + "' is not a finite number");
        }
        return value;
    }

    private static long toLong(String name, String text) throws UsageException {
        if (!NumberSyntax.isWhole(text)) {
            throw new UsageException("--" + name + ": '" + text + "' is not a whole number");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooManyDigits) {
            throw new UsageException("--" + name + ": '" + text + "' is too large");
        }
    }
}
