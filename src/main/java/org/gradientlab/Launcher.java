package org.gradientlab;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import org.gradientlab.cli.Cli;
import org.gradientlab.io.lesson.LessonFileException;
import org.gradientlab.io.lesson.LessonFiles;

/**
 * Entry point of the runnable jar: a plain class, so the fat jar can start JavaFX. With no arguments
 * it opens the app, with {@code open FILE.json} it opens the app on that lesson, with {@code probe}
 * it opens the app and measures its frames; with a command it
 * runs headless (SPEC section 5) and never touches JavaFX.
 */
public final class Launcher {

    /** The app's Application class, named rather than referenced so this class compiles without it. */
    static final String APP_CLASS = "org.gradientlab.app.shell.GradientLabApp";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("probe")) {
            startApp(args);
        } else if (args[0].equals("open")) {
            int status = checkLesson(args);
            if (status != 0) {
                System.exit(status);
            }
            startApp(args);
        } else {
            System.exit(Cli.run(args, System.out, System.err));
        }
    }

    /**
     * {@code open FILE.json}: the file is read once before any window opens, so a bad one is answered
     * on stderr in one line (exit status 2), as the headless commands answer bad input.
     */
    static int checkLesson(String[] args) {
        if (args.length != 2) {
            System.err.println("gradient-lab open: expected one lesson file (usage: gradient-lab open FILE.json)");
            return 2;
        }
        try {
            LessonFiles.read(Path.of(args[1]));
            return 0;
        } catch (LessonFileException e) {
            System.err.println("gradient-lab open: " + e.getMessage().replace('\n', ' '));
        } catch (InvalidPathException e) {
            System.err.println("gradient-lab open: '" + args[1] + "' is not a valid file name");
        }
        return 2;
    }

    /** What the app says, after its name, when it cannot open a window: where the headless commands are. */
    static final String HEADLESS_HINT = "the headless commands still work: java -jar gradient-lab.jar help";

    /**
     * Opens the JavaFX app; returns when its last window closes. Without a display it says so in one
     * line on stderr and exits with status 1 (JavaFX itself would throw with a stack trace).
     */
    static void startApp(String[] args) {
        String noDisplay = noDisplay(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
        if (noDisplay != null) {
            System.err.println("gradient-lab: " + noDisplay + "; " + HEADLESS_HINT);
            System.exit(1);
        }
        Class<? extends Application> app;
        try {
            app = Class.forName(APP_CLASS).asSubclass(Application.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(APP_CLASS + " is missing from this build", e);
        }
        try {
            Application.launch(app, args);
        } catch (UnsupportedOperationException e) {
            // A DISPLAY that names no X server that answers (GTK: "Unable to open DISPLAY").
            System.err.println("gradient-lab: cannot open the display " + System.getenv().getOrDefault("DISPLAY", "")
                    + " (" + e.getMessage() + "); " + HEADLESS_HINT);
            System.exit(1);
        }
    }

    /**
     * Why no window can open, or null when one may: on Linux and the other X11 systems JavaFX needs
     * an X display (DISPLAY); Windows and macOS always have one, and a headless glass platform
     * (Monocle, as the tests use) needs none.
     */
    static String noDisplay(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || glassPlatform != null) {
            return null;
        }
        String display = env.get("DISPLAY");
        return display == null || display.isBlank() ? "no display found (DISPLAY is not set)" : null;
    }
}
