package org.gradientlab.app.shell;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.predict.PredictMode;

/** View &gt; Predict, then reveal (Ctrl+R): switches the open lesson's mode, and shows that lesson's state. */
final class PredictMenuItem {

    private PredictMenuItem() {
    }

    /**
     * @param openLesson the open lesson
     * @param modes      a lesson's mode (lessons are built when first opened, so asked late)
     */
    static CheckMenuItem of(ObservableValue<LessonId> openLesson, Function<LessonId, PredictMode> modes) {
        CheckMenuItem item = new CheckMenuItem("Predict, then reveal");
        item.setId("predictMenuItem");
        // Ctrl+R: plain R is Reset, and no other shortcut uses R with Ctrl.
        item.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        Runnable follow = () -> item.setSelected(modes.apply(openLesson.getValue()).onProperty().get());
        openLesson.addListener((obs, old, now) -> follow.run());
        // The lesson's own panel can switch the mode too: the tick is read again whenever the menu opens.
        item.parentMenuProperty().addListener((obs, old, menu) -> {
            if (menu != null) {
                menu.addEventHandler(Menu.ON_SHOWING, e -> follow.run());
            }
        });
        item.setOnAction(e -> {
            PredictMode mode = modes.apply(openLesson.getValue());
            mode.onProperty().set(!mode.onProperty().get());
            follow.run();
        });
        return item;
    }
}
