package org.gradientlab.app.runner;

/** The app's one place that starts threads: daemons, so an open window is all that keeps the app alive. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Starts {@code work} on a new daemon thread with this name. */
    public static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
