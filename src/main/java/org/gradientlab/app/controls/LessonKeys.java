package org.gradientlab.app.controls;

import javafx.beans.property.DoubleProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.gradientlab.app.predict.PredictMode;

/** The keys every lesson shares: Space play/pause, Right step, Left step back, R reset, + and − the rate. */
public final class LessonKeys {

    private LessonKeys() {
    }

    /**
     * The lesson keys with "Predict, then reveal": Enter reveals the guess while one is asked; while
     * the teacher's lock is on, only Right (the next question) and Enter do anything.
     *
     * @return true if the key was used
     */
    public static boolean handle(KeyEvent e, Playback playback, DoubleProperty learningRate, PredictMode predict,
                                 Runnable reveal) {
        boolean plain = !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
        if (plain && predict.onProperty().get() && e.getCode() == KeyCode.ENTER) {
            if (predict.askingProperty().get()) {
                reveal.run();
            }
            return true;
        }
        if (predict.lockedProperty().get() && e.getCode() != KeyCode.RIGHT) {
            return false;
        }
        return handle(e, playback, learningRate);
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
