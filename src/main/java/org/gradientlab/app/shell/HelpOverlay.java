package org.gradientlab.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The help (F1): a translucent pane over the whole window listing every shortcut, from the
 * {@link Shortcut} table and from the menus' own accelerators, so what it says is what the keys
 * do. Esc, F1 or a click closes it; while it is open no key reaches the lesson underneath.
 */
public final class HelpOverlay extends StackPane {

    private final MenuBar menus;
    private Node focusBefore;

    /** @param menus the window's menu bar, whose accelerators the help lists too */
    HelpOverlay(MenuBar menus) {
        this.menus = menus;
        setId("helpOverlay");
        getStyleClass().add("help-overlay");
        setVisible(false);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            hide();
            e.consume();
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.ANY, this::keyWhileShowing);
            }
        });
    }

    /**
     * While the help shows, Esc closes it and plain keys go nowhere (Space must not play the
     * lesson, nor press a focused button); F1, F11 and Ctrl combinations still reach the menus.
     */
    private void keyWhileShowing(KeyEvent e) {
        if (!isShowing()) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                hide();
            }
            e.consume();
        } else if (!(e.getCode() == KeyCode.F1 || e.getCode() == KeyCode.F11 || e.isShortcutDown())) {
            e.consume();
        }
    }

    /** True while the help shows. */
    public boolean isShowing() {
        return isVisible();
    }

    /** Opens the help if closed, closes it if open. */
    public void toggle() {
        if (isShowing()) {
            hide();
        } else {
            show();
        }
    }

    /** Opens the help, built afresh so menu items added since are listed. */
    public void show() {
        Scene scene = getScene();
        focusBefore = scene == null ? null : scene.getFocusOwner();
        getChildren().setAll(card());
        setVisible(true);
        requestFocus();
    }

    /** Closes the help and gives the focus back. */
    public void hide() {
        setVisible(false);
        getChildren().clear();
        if (focusBefore != null && focusBefore.getScene() != null) {
            focusBefore.requestFocus();
        }
        focusBefore = null;
    }

    private Node card() {
        GridPane left = new GridPane();
        GridPane right = new GridPane();
        for (GridPane grid : List.of(left, right)) {
            grid.setHgap(18);
            grid.setVgap(3);
        }
        addGroup(left, Shortcut.Group.LESSON);
        addGroup(left, Shortcut.Group.MOUSE);
        addGroup(right, Shortcut.Group.WINDOW);
        List<String[]> menuRows = menuAccelerators();
        if (!menuRows.isEmpty()) {
            section(right, "Menus");
            for (String[] row : menuRows) {
                row(right, row[0], row[1]);
            }
        }
        Label title = new Label("Keys and mouse");
        title.getStyleClass().add("help-title");
        Label hint = new Label("Esc, F1 or a click closes this help");
        hint.getStyleClass().add("help-hint");
        HBox columns = new HBox(36, left, right);
        // At 200% the list is taller than a laptop's window: it scrolls (the wheel needs no click).
        ScrollPane scroll = new ScrollPane(columns);
        scroll.getStyleClass().add("help-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox card = new VBox(8, title, scroll, hint);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        card.getStyleClass().add("help-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        StackPane.setMargin(card, new javafx.geometry.Insets(16));
        return card;
    }

    private static void addGroup(GridPane grid, Shortcut.Group group) {
        section(grid, group.title());
        for (Shortcut shortcut : Shortcut.values()) {
            if (shortcut.group() == group) {
                row(grid, shortcut.keys(), shortcut.action());
            }
        }
    }

    private static void section(GridPane grid, String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("help-section");
        grid.add(heading, 0, grid.getRowCount(), 2, 1);
    }

    private static void row(GridPane grid, String keys, String action) {
        Label key = new Label(keys);
        key.getStyleClass().add("help-key");
        key.setMinWidth(USE_PREF_SIZE);
        Label what = new Label(action);
        what.getStyleClass().add("help-action");
        what.setWrapText(true);
        what.setMaxWidth(440);
        grid.addRow(grid.getRowCount(), key, what);
    }

    /** Menu items whose accelerator the table does not list (File's, for one): {keys, "Menu: item"}. */
    private List<String[]> menuAccelerators() {
        Set<KeyCombination> listed = java.util.Arrays.stream(Shortcut.values()).map(Shortcut::combination)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu, menu.getText(), listed, rows);
        }
        return rows;
    }

    private static void collect(Menu menu, String path, Set<KeyCombination> listed, List<String[]> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + sub.getText(), listed, rows);
            } else if (item.getAccelerator() != null && !listed.contains(item.getAccelerator())) {
                rows.add(new String[] {item.getAccelerator().getDisplayText(), path + ": " + item.getText()});
            }
        }
    }

    /** The keys column as shown (for tests), empty while closed. */
    public List<String> shownKeys() {
        List<String> keys = new ArrayList<>();
        collectKeys(this, keys);
        return keys;
    }

    private static void collectKeys(Node node, List<String> keys) {
        if (node instanceof Label label && label.getStyleClass().contains("help-key")) {
            keys.add(label.getText());
        } else if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectKeys(child, keys);
            }
        }
    }
}
