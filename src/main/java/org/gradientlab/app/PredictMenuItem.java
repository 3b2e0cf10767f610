package org.gradientlab.app;

import java.util.List;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** View &gt; Predict, then reveal (Ctrl+R): switches the open lesson's mode, and shows that lesson's state. */
final class PredictMenuItem {

    private PredictMenuItem() {
    }

    /**
     * @param openLesson the index of the open lesson's tab
     * @param modes      every lesson's mode, in tab order
     */
    static CheckMenuItem of(ObservableIntegerValue openLesson, List<PredictMode> modes) {
        CheckMenuItem item = new CheckMenuItem("Predict, then reveal");
        item.setId("predictMenuItem");
        // Ctrl+R: plain R is Reset, and no other shortcut uses R with Ctrl.
        item.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        Runnable follow = () -> item.setSelected(modes.get(openLesson.get()).onProperty().get());
        openLesson.addListener((obs, old, now) -> follow.run());
        modes.forEach(mode -> mode.onProperty().addListener((obs, old, now) -> follow.run()));
        item.setOnAction(e -> modes.get(openLesson.get()).onProperty().set(item.isSelected()));
        follow.run();
        return item;
    }
}
