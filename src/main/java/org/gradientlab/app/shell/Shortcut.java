package org.gradientlab.app.shell;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.gradientlab.app.controls.LessonKeys;
import org.gradientlab.app.lesson.LessonId;

/**
 * Every key and mouse gesture the app answers, in the order the help lists them: the one table
 * the help overlay is built from and the View and Help menus take their accelerators from. The
 * lesson keys are read by {@link LessonKeys}; menu items with accelerators that are not in this
 * table (File) are listed by the help from the menu bar itself.
 */
public enum Shortcut {
    PLAY_PAUSE(Group.LESSON, "Space", "play / pause"),
    STEP(Group.LESSON, "Right", "one step (timeline scrubbed back: show the next recorded step)"),
    STEP_BACK(Group.LESSON, "Left", "step back: undo the last step (timeline scrubbed back: show the step before)"),
    TIMELINE(Group.LESSON, "on the Timeline", "Left / Right a recorded step, Page Up / Down ten, Home / End the first / newest"),
    PHASE(Group.LESSON, "P", "Network: the next phase (forward, cost, backward, update)"),
    RESET(Group.LESSON, "R", "reset to the start"),
    RATE(Group.LESSON, "+ / −", "raise / lower the learning rate"),
    ENTER(Group.LESSON, "Enter", "use the typed function or number"),
    UNDO_TYPING(Group.LESSON, "Esc", "undo the typing in a number field"),
    CHART_CLICK(Group.MOUSE, "click, drag", "on the chart: set the start w (Regression: the start w0, w1 on the loss)"),
    CHART_ZOOM(Group.MOUSE, "wheel", "zoom the chart"),
    CHART_PAN(Group.MOUSE, "Shift+drag", "pan (right-drag too, except on the Regression data)"),
    CHART_FIT(Group.MOUSE, "double-click", "back to the automatic view"),
    POINT_EDIT(Group.MOUSE, "Regression data", "click: add a point · drag: move it · right-click: remove it"),
    DESCENT(Group.WINDOW, key(KeyCode.DIGIT1, true), "open the Descent lesson"),
    NETWORK(Group.WINDOW, key(KeyCode.DIGIT2, true), "open the Network lesson"),
    REGRESSION(Group.WINDOW, key(KeyCode.DIGIT3, true), "open the Regression lesson"),
    SURFACE(Group.WINDOW, key(KeyCode.DIGIT4, true), "open the Surface lesson"),
    DEEP_NETWORK(Group.WINDOW, key(KeyCode.DIGIT5, true), "open the Deep network lesson"),
    LARGER(Group.WINDOW, key(KeyCode.PLUS, true), "larger text and lines (also Ctrl+=)"),
    SMALLER(Group.WINDOW, key(KeyCode.MINUS, true), "smaller text and lines"),
    NORMAL_SIZE(Group.WINDOW, key(KeyCode.DIGIT0, true), "text and lines at 100%"),
    FULL_SCREEN(Group.WINDOW, key(KeyCode.F11, false), "full screen on / off (Esc also leaves it)"),
    HELP(Group.WINDOW, key(KeyCode.F1, false), "this help (Esc, F1 or a click closes it)");

    /** Where a shortcut works. */
    public enum Group {
        /** Keys the open lesson answers when no text field has the focus. */
        LESSON("In a lesson"),
        /** The mouse on the charts. */
        MOUSE("Mouse"),
        /** Keys that work anywhere in the window. */
        WINDOW("Window");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        /** The heading in the help. */
        public String title() {
            return title;
        }
    }

    private final Group group;
    private final String keys;
    private final KeyCombination combination;
    private final String action;

    Shortcut(Group group, String keys, String action) {
        this.group = group;
        this.keys = keys;
        this.combination = null;
        this.action = action;
    }

    Shortcut(Group group, KeyCombination combination, String action) {
        this.group = group;
        this.keys = null;
        this.combination = combination;
        this.action = action;
    }

    private static KeyCombination key(KeyCode code, boolean shortcut) {
        return shortcut ? new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN) : new KeyCodeCombination(code);
    }

    /** The window shortcut that opens this lesson (named as the lesson is), if it has one. */
    public static Optional<Shortcut> opening(LessonId lesson) {
        for (Shortcut shortcut : values()) {
            if (shortcut.name().equals(lesson.name())) {
                return Optional.of(shortcut);
            }
        }
        return Optional.empty();
    }

    /** Where it works. */
    public Group group() {
        return group;
    }

    /** The accelerator of a window shortcut, or null for a lesson key or a mouse gesture. */
    public KeyCombination combination() {
        return combination;
    }

    /** The keys as the help writes them ("Space", "Ctrl+1"). */
    public String keys() {
        return combination != null ? combination.getDisplayText() : keys;
    }

    /** What it does. */
    public String action() {
        return action;
    }
}
