package org.gradientlab.app.shell;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import org.gradientlab.app.look.Presentation;
import org.gradientlab.app.look.SettingsStore;
import org.gradientlab.app.look.Theme;

/**
 * What the window shows in its first frames, before its menus and its lesson are built: the app's
 * name, in the theme and text size the settings keep, at the size the window will have. A person
 * sees the window at once instead of after the whole window's styling and layout.
 */
final class OpeningScene {

    private OpeningScene() {
    }

    /** As large as a classroom laptop's screen allows, up to a comfortable 1360 x 880. */
    static double[] windowSize() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new double[] {Math.min(1360, screen.getWidth() * 0.95), Math.min(880, screen.getHeight() * 0.92)};
    }

    static Scene of(SettingsStore settings) {
        Theme theme = Presentation.storedTheme(settings);
        // Before the first control: see Presentation.useUserAgentSheet.
        Presentation.useUserAgentSheet(theme);
        Label opening = new Label("Opening Gradient Lab…");
        opening.getStyleClass().add("opening-lesson");
        StackPane root = new StackPane(opening);
        root.getStyleClass().add("main-window");
        double[] size = windowSize();
        Scene scene = new Scene(root, size[0], size[1]);
        scene.getStylesheets().setAll(Presentation.stylesheets(theme, Presentation.storedScaleStep(settings)));
        return scene;
    }
}
