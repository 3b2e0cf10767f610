package org.gradientlab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * Work the window will need, done on a second core while JavaFX starts its toolkit on the first:
 * the library classes the window loads between {@code start()} and its first lesson (read from the
 * jar and defined, not initialised, so no static initialiser runs off the FX thread), and the
 * user's preferences node (java.util.prefs parses an XML file the first time). The list is
 * {@code startup-classes.txt}, library classes only (ours change too often to list); a missing name
 * is skipped, so an out-of-date list costs speed, never correctness. {@code bench/startup.sh}
 * measures the effect and says how to regenerate the list.
 */
public final class StartupWarmup {

    /** The resource holding one class name per line, in the order the window first loads them. */
    public static final String CLASS_LIST = "/org/gradientlab/startup-classes.txt";
    /** {@code -Dgradientlab.warmup=false} turns it off, to measure what it saves. */
    static final String SWITCH = "gradientlab.warmup";

    private StartupWarmup() {
    }

    /** Starts the warm-up on a daemon thread of low priority, unless switched off. */
    public static void startInBackground() {
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true"))) {
            return;
        }
        Thread thread = new Thread(StartupWarmup::run, "startup-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            // The app's node is a child of this one; reading it loads the XML parser and the file.
            Preferences.userRoot().node("org/gradientlab/app").keys();
        } catch (Exception | Error e) {
            // The app reads the preferences again on its own and reports a problem there.
        }
        load(classNames(), StartupWarmup.class.getClassLoader());
    }

    /** The names in the list. */
    public static List<String> classNames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = StartupWarmup.class.getResourceAsStream(CLASS_LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Loads each class without initialising it; returns how many loaded. */
    static int load(List<String> names, ClassLoader loader) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // Out of date or not on this platform: the window loads what it needs itself.
            }
        }
        return loaded;
    }
}
