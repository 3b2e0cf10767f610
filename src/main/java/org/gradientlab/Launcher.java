package org.gradientlab;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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

    /** Opens the JavaFX app; returns when its last window closes. */
    static void startApp(String[] args) {
        Class<? extends Application> app;
        try {
            app = Class.forName(APP_CLASS).asSubclass(Application.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(APP_CLASS + " is missing from this build", e);
        }
        Application.launch(app, args);
    }
}
