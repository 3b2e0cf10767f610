package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headless commands of SPEC section 5, run without a display: {@code gradient-lab COMMAND --option
 * value ...}. Bad input is answered with one line on stderr, {@code gradient-lab COMMAND: what is wrong},
 * and exit status 2, before anything is written.
 */
public final class Cli {

    private static final Map<String, Command> COMMANDS = commands(
            new DescentCommand(),
            new NetworkCommand(),
            new RegressionCommand(),
            new SurfaceCommand(),
            new MlpCommand(),
            new RunCommand());

    /** Help topics that are not commands of this class: the app's words and help itself. */
    private static final List<String> APP_TOPICS = List.of("help", "--help", "probe", "open");

    private Cli() {
    }

    private static Map<String, Command> commands(Command... commands) {
        Map<String, Command> byName = new LinkedHashMap<>();
        for (Command command : commands) {
            byName.put(command.name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }

    /**
     * Runs one command; in-process, so tests can call it.
     *
     * @param args the command's name, then its options
     * @return the exit status ({@link ExitStatus})
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            report(err, null, "missing command (" + commandList() + ")");
            return ExitStatus.BAD_INPUT;
        }
        String name = args[0];
        if (name.equals("help") || name.equals("--help")) {
            return help(args, out, err);
        }
        Command command = COMMANDS.get(name);
        if (command == null) {
            report(err, null, "unknown command '" + name + "' (" + commandList() + ")");
            return ExitStatus.BAD_INPUT;
        }
        try {
            List<String> arguments = arguments(args, command);
            Options options = Options.parse(args, 1 + arguments.size(), command.optionNames());
            if (options.helpRequested()) {
                out.print(command.usage());
                return ExitStatus.DONE;
            }
            return command.run(arguments, options, out, err);
        } catch (UsageException e) {
            report(err, name, e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (IOException e) {
            report(err, name, "cannot write the CSV: " + e.getMessage());
            return ExitStatus.IO_FAILURE;
        }
    }

    /**
     * {@code help}: the usage of every command, or with a topic the usage of that command; the app's
     * own words (probe, open) and help itself show the whole usage. Any other topic is bad input.
     */
    private static int help(String[] args, PrintStream out, PrintStream err) {
        String topic = args.length > 1 ? args[1] : null;
        if (args.length > 2) {
            report(err, "help", "expected one topic, found " + (args.length - 1) + " (gradient-lab help COMMAND)");
            return ExitStatus.BAD_INPUT;
        }
        if (topic == null || APP_TOPICS.contains(topic)) {
            out.print(usage());
            return ExitStatus.DONE;
        }
        Command about = COMMANDS.get(topic);
        if (about == null) {
            report(err, "help", "unknown command '" + topic + "' (" + commandList() + ")");
            return ExitStatus.BAD_INPUT;
        }
        out.print(about.usage());
        return ExitStatus.DONE;
    }

    /** The command's plain arguments, which come before its options: {@code run FILE.json --steps 10}. */
    private static List<String> arguments(String[] args, Command command) throws UsageException {
        int count = command.argumentCount();
        List<String> arguments = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (i >= args.length || args[i].startsWith("--")) {
                if (i < args.length && args[i].equals("--help")) {
                    return arguments;
                }
                throw new UsageException("missing argument (" + command.usage().lines().findFirst().orElse("") + ")");
            }
            arguments.add(args[i]);
        }
        return arguments;
    }

    /** The usage of every command. */
    public static String usage() {
        StringBuilder text = new StringBuilder("usage: gradient-lab            (no command: opens the app)\n"
                + "       gradient-lab probe [--seconds S] [--out FILE]   (opens the app, plays each lesson flat out,\n"
                + "                                                        prints frame times as CSV)\n"
                + "       gradient-lab open FILE.json   (opens the app on a lesson file)\n"
                + "       gradient-lab help COMMAND\n");
        for (Command command : COMMANDS.values()) {
            text.append('\n').append(command.usage());
        }
        return text.toString();
    }

    private static String commandList() {
        return "commands: " + String.join(", ", COMMANDS.keySet()) + ", help";
    }

    /** Prints one line, {@code gradient-lab COMMAND: message}; line breaks in echoed input become spaces. */
    static void report(PrintStream err, String command, String message) {
        String prefix = command == null ? "gradient-lab: " : "gradient-lab " + command + ": ";
        err.print(prefix + message.replace('\r', ' ').replace('\n', ' ') + '\n');
        err.flush();
    }
}
