package org.gradientlab.app.look;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * How the window looks in front of a class: the theme, the text and line scale, full screen, and
 * whether the lessons show their explanations. The choices are kept in a {@link SettingsStore}, so
 * the next run opens the way the last one was left.
 */
public final class Presentation {

    static final String THEME_KEY = "theme";
    static final String SCALE_KEY = "textScale";
    static final String EXPLANATIONS_KEY = "explanations";

    private final SettingsStore store;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final IntegerProperty scaleStep = new SimpleIntegerProperty(this, "scaleStep");
    private final BooleanProperty explanationsShown = new SimpleBooleanProperty(this, "explanationsShown");
    private final javafx.beans.property.ReadOnlyBooleanWrapper fullScreen =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "fullScreen");
    private final Toast toast = new Toast();
    private Scene scene;
    private Stage stage;
    /** A text size key is down: the characters it types go nowhere. */
    private boolean sizeKeyHeld;

    /** Reads the last choices from the store and writes every later change back to it. */
    public Presentation(SettingsStore store) {
        this.store = store;
        theme.set(storedTheme(store));
        scaleStep.set(storedScaleStep(store));
        explanationsShown.set(!"false".equals(store.get(EXPLANATIONS_KEY, "true")));
        theme.addListener((obs, old, now) -> {
            store.put(THEME_KEY, now.key());
            apply();
        });
        scaleStep.addListener((obs, old, now) -> {
            store.put(SCALE_KEY, Integer.toString(now.intValue()));
            apply();
            toast.show("Text size " + TextScale.percent(now.intValue()) + "%");
        });
        explanationsShown.addListener((obs, old, now) -> store.put(EXPLANATIONS_KEY, Boolean.toString(now)));
    }

    /** The theme the store keeps, light when none or an unknown one. */
    public static Theme storedTheme(SettingsStore store) {
        return Theme.fromKey(store.get(THEME_KEY, Theme.LIGHT.key()), Theme.LIGHT);
    }

    /** The text scale step the store keeps, normal when none or a bad one. */
    public static int storedScaleStep(SettingsStore store) {
        return TextScale.clamp(parseInt(store.get(SCALE_KEY, ""), TextScale.NORMAL));
    }

    /**
     * Makes the theme's sheet the user-agent sheet. Called before the window's first control is
     * made too: the first control otherwise loads JavaFX's own Modena sheet, only for it to be
     * replaced, and that cost start-up about a tenth of a second. Setting it restyles every window,
     * so only when it really changes.
     */
    public static void useUserAgentSheet(Theme chosen) {
        String agent = chosen.userAgentSheet();
        if (!agent.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(agent);
        }
    }

    private static int parseInt(String text, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Styles the scene with the chosen theme and scale from now on, and takes the text size keys:
     * Ctrl with plus, = (where + shares the = key) or the keypad's +, minus, and 0.
     */
    public void attach(Stage owner, Scene styled) {
        stage = owner;
        scene = styled;
        stage.setFullScreenExitHint("Press F11 or Esc to leave full screen");
        fullScreen.bind(stage.fullScreenProperty());
        // A filter, not only the menu's accelerators: a focused text field swallows Ctrl+plus before
        // an accelerator hears it, and a teacher's cursor is often in one.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::sizeKey);
        // Under X the character of Ctrl+= can still arrive, without its Ctrl, as a typed "=": not into a field.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (sizeKeyHeld) {
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (!e.getCode().isModifierKey()) {
                sizeKeyHeld = false;
            }
        });
        apply();
    }

    private void sizeKey(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> larger();
            case MINUS, SUBTRACT -> smaller();
            case DIGIT0, NUMPAD0 -> normalSize();
            default -> {
                return;
            }
        }
        sizeKeyHeld = true;
        e.consume();
    }

    /** The stylesheets of a scene in a theme at a scale: the base sheet, the theme's, the root font size. */
    public static List<String> stylesheets(Theme theme, int scaleStep) {
        List<String> sheets = new ArrayList<>();
        sheets.add(Theme.baseSheetUrl());
        if (theme.sheetUrl() != null) {
            sheets.add(theme.sheetUrl());
        }
        sheets.add(TextScale.sheetUrl(theme, scaleStep));
        return sheets;
    }

    private void apply() {
        if (scene == null) {
            return;
        }
        useUserAgentSheet(theme.get());
        scene.getStylesheets().setAll(stylesheets(theme.get(), scaleStep.get()));
    }

    /** The theme shown. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The step of {@link TextScale} shown. */
    public IntegerProperty scaleStepProperty() {
        return scaleStep;
    }

    /** True while the lessons show their explanation panels. */
    public BooleanProperty explanationsShownProperty() {
        return explanationsShown;
    }

    /** Text and lines one step larger (up to 200%). */
    public void larger() {
        step(TextScale.larger(scaleStep.get()));
    }

    /** Text and lines one step smaller (down to 80%). */
    public void smaller() {
        step(TextScale.smaller(scaleStep.get()));
    }

    /** Text and lines at 100%. */
    public void normalSize() {
        step(TextScale.NORMAL);
    }

    private void step(int next) {
        if (next == scaleStep.get()) {
            toast.show("Text size " + TextScale.percent(next) + "%" + (next == 0 ? " (smallest)"
                    : next == TextScale.count() - 1 ? " (largest)" : ""));
        }
        scaleStep.set(next);
    }

    /** Full screen on or off. */
    public void toggleFullScreen() {
        if (stage != null) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    /** True while the stage fills the screen. */
    public javafx.beans.property.ReadOnlyBooleanProperty fullScreenProperty() {
        return fullScreen.getReadOnlyProperty();
    }

    /** The brief message over the window that says what a key did. */
    public Toast toast() {
        return toast;
    }

    /** The store the choices are kept in (the explanation panels keep theirs there too). */
    public SettingsStore store() {
        return store;
    }
}
