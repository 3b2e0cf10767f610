package org.gradientlab;

import javafx.application.Application;
import org.gradientlab.cli.Cli;

/**
 * Entry point of the runnable jar: a plain class, so the fat jar can start JavaFX. With no arguments
 * it opens the app, with {@code probe} it opens the app and measures its frames; with a command it
 * runs headless (SPEC section 5) and never touches JavaFX.
 */
public final class Launcher {

    /** The app's Application class, named rather than referenced so this class compiles without it. */
    static final String APP_CLASS = "org.gradientlab.app.GradientLabApp";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("probe")) {
            startApp(args);
        } else {
            System.exit(Cli.run(args, System.out, System.err));
        }
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
