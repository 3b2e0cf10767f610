package org.gradientlab.app.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The lesson files opened or saved last, newest first, at most {@link #MAX}. Where the list is kept
 * is a {@link Store}: the user's preferences in the app, memory in tests (which must leave a
 * person's preferences alone).
 */
public final class RecentLessons {

    /** How many files the Open recent menu lists. */
    public static final int MAX = 8;

    /** Where the list is kept between runs. */
    public interface Store {
        /** The paths kept, newest first. */
        List<String> load();

        /** Keeps these paths, newest first. */
        void save(List<String> paths);
    }

    private final Store store;

    public RecentLessons(Store store) {
        this.store = store;
    }

    /** A store in the user's preferences (java.util.prefs), under this package's node. */
    public static Store preferences() {
        Preferences node = Preferences.userNodeForPackage(RecentLessons.class).node("recent-lessons");
        return new Store() {
            @Override
            public List<String> load() {
                List<String> paths = new ArrayList<>();
                for (int i = 0; i < MAX; i++) {
                    String path = node.get("file" + i, null);
                    if (path != null) {
                        paths.add(path);
                    }
                }
                return paths;
            }

            @Override
            public void save(List<String> paths) {
                for (int i = 0; i < MAX; i++) {
                    if (i < paths.size()) {
                        node.put("file" + i, paths.get(i));
                    } else {
                        node.remove("file" + i);
                    }
                }
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // The list is a convenience: it still holds for this run, and the next save tries again.
                }
            }
        };
    }

    /** A store that forgets when the app closes. */
    public static Store inMemory() {
        return new Store() {
            private List<String> paths = List.of();

            @Override
            public List<String> load() {
                return paths;
            }

            @Override
            public void save(List<String> newPaths) {
                paths = List.copyOf(newPaths);
            }
        };
    }

    /** The files, newest first. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (String path : store.load()) {
            files.add(Path.of(path));
        }
        return files;
    }

    /** Puts the file first (once), dropping the oldest past {@link #MAX}. */
    public void add(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        List<String> paths = new ArrayList<>(store.load());
        paths.remove(path);
        paths.add(0, path);
        store.save(paths.subList(0, Math.min(MAX, paths.size())));
    }
}
