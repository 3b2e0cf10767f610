package org.gradientlab.app.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where an uncaught exception on any thread ends up: logged to stderr, kept for tests, and shown
 * in the window's error bar. Never a modal dialog, so it is safe inside a pulse.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());

    /** Makes this the handler of every thread without its own, and of the calling (FX) thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        report(thread.getName(), error);
    }

    /** Reports an error caught somewhere that cannot go on (a failed background task). */
    public void report(String where, Throwable error) {
        errors.add(error);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        System.err.println("Gradient Lab: unexpected error on " + where + ":\n" + trace);
        String text = "Something went wrong (" + where + "): " + error + ". The app keeps running; "
                + "please report this with the details printed on the console.";
        if (Platform.isFxApplicationThread()) {
            message.set(text);
        } else {
            try {
                Platform.runLater(() -> message.set(text));
            } catch (IllegalStateException toolkitGone) {
                // The FX toolkit is not running (a headless test): the error is kept and logged.
            }
        }
    }

    /**
     * Shows a message about something a person did or asked for that could not be done (a bad
     * lesson file, a file that could not be written): the message alone, with no trace; not a bug,
     * so it is neither logged as one nor kept for tests. FX thread only.
     */
    public void show(String text) {
        message.set(text);
    }

    /** The message of the last error, "" when there is none or it was dismissed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Hides the message. */
    public void dismiss() {
        message.set("");
    }

    /** Every error reported so far (tests fail on any). */
    public List<Throwable> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }
}
