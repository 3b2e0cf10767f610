package org.gradientlab.app;

import javafx.beans.property.DoubleProperty;
import javafx.scene.input.KeyEvent;

/** The keys every lesson shares: Space play/pause, Right step, Left step back, R reset, + and − the rate. */
public final class LessonKeys {

    private LessonKeys() {
    }

    /**
     * Does what the key means for this lesson.
     *
     * @return true if the key was one of the lesson keys (the caller then consumes it)
     */
    public static boolean handle(KeyEvent e, Playback playback, DoubleProperty learningRate) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return false;
        }
        switch (e.getCode()) {
            case SPACE -> playback.togglePlay();
            case RIGHT -> playback.step();
            case LEFT -> playback.stepBack();
            case R -> playback.reset();
            case PLUS, ADD, EQUALS -> learningRate.set(LearningRateControl.nudge(learningRate.get(), true));
            case MINUS, SUBTRACT -> learningRate.set(LearningRateControl.nudge(learningRate.get(), false));
            default -> {
                return false;
            }
        }
        return true;
    }
}
