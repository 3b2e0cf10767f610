package org.gradientlab.app.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.look.Presentation;
import org.gradientlab.app.look.Theme;

/**
 * The View menu: the lessons, the theme, the text size, full screen and the explanations, each
 * with the accelerator the {@link Shortcut} table gives it.
 */
final class ViewMenu {

    private ViewMenu() {
    }

    /** The menu: one item per lesson, which {@code openLesson} shows, then the presentation's items. */
    static Menu create(List<LessonId> lessons, Consumer<LessonId> openLesson, Presentation presentation) {
        Menu menu = new Menu("View");
        menu.setId("viewMenu");
        for (LessonId id : lessons) {
            MenuItem item = new MenuItem(id.title());
            Shortcut.opening(id).ifPresent(shortcut -> item.setAccelerator(shortcut.combination()));
            item.setOnAction(e -> openLesson.accept(id));
            menu.getItems().add(item);
        }
        menu.getItems().addAll(
                new SeparatorMenuItem(),
                themeMenu(presentation),
                item("Larger text", Shortcut.LARGER, presentation::larger),
                item("Smaller text", Shortcut.SMALLER, presentation::smaller),
                item("Normal text size", Shortcut.NORMAL_SIZE, presentation::normalSize),
                new SeparatorMenuItem(),
                fullScreenItem(presentation),
                explanationsItem(presentation));
        return menu;
    }

    private static MenuItem item(String text, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(shortcut.combination());
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Menu themeMenu(Presentation presentation) {
        Menu themes = new Menu("Theme");
        themes.setId("themeMenu");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.label());
            item.setId("theme-" + theme.key());
            item.setToggleGroup(group);
            item.setSelected(presentation.themeProperty().get() == theme);
            item.setOnAction(e -> presentation.themeProperty().set(theme));
            presentation.themeProperty().addListener((obs, old, now) -> item.setSelected(now == theme));
            themes.getItems().add(item);
        }
        return themes;
    }

    private static CheckMenuItem fullScreenItem(Presentation presentation) {
        CheckMenuItem item = new CheckMenuItem("Full screen");
        item.setId("fullScreenItem");
        item.setAccelerator(Shortcut.FULL_SCREEN.combination());
        // The item only asks; Esc or the window manager may end full screen too, and the tick follows the stage.
        item.setOnAction(e -> {
            presentation.toggleFullScreen();
            item.setSelected(presentation.fullScreenProperty().get());
        });
        presentation.fullScreenProperty().addListener((obs, old, now) -> item.setSelected(now));
        return item;
    }

    private static CheckMenuItem explanationsItem(Presentation presentation) {
        CheckMenuItem item = new CheckMenuItem("Show explanations");
        item.setId("explanationsItem");
        item.selectedProperty().bindBidirectional(presentation.explanationsShownProperty());
        return item;
    }
}
