package org.gradientlab.app.look;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * Where the window's settings (theme, text scale, explanations) outlive a run: the user's
 * java.util.prefs node in the app, a map in tests, so a test never changes a person's settings.
 */
public interface SettingsStore {

    /** The stored value, or the fallback. */
    String get(String key, String fallback);

    /** Stores a value. */
    void put(String key, String value);

    /** The user's preferences for this app. */
    static SettingsStore userPreferences() {
        Preferences node = Preferences.userNodeForPackage(SettingsStore.class);
        return new SettingsStore() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
            }
        };
    }

    /** A store that forgets everything when the run ends. */
    static SettingsStore inMemory() {
        Map<String, String> values = new HashMap<>();
        return new SettingsStore() {
            @Override
            public String get(String key, String fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}
