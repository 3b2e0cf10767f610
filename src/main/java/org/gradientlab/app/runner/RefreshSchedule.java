package org.gradientlab.app.runner;

/**
 * Which of a lesson's number panels show a new snapshot. While a lesson plays faster than anyone
 * can read ({@link #READABLE_SPEED} steps a second) the panels take turns, each about ten times a
 * second and never two in the same frame: redoing every label, its layout and its pixels every
 * frame cost the software renderer more than a frame's time, and numbers that change sixty times
 * a second are a blur anyway. The moving point and the charts still move every frame; paused,
 * stepping or playing slowly, every panel shows every snapshot, so the last one is always exact.
 */
public final class RefreshSchedule {

    /** Above this many steps a second the panels take turns. */
    public static final double READABLE_SPEED = 30;

    /** Frames in one round of turns: at 60 frames a second, each panel is refreshed 10 times a second. */
    static final int FRAMES_PER_ROUND = 6;

    private long frame = -1;
    private boolean fast;

    /** The next snapshot is about to be shown; {@code playing} and {@code speed} are the lesson's. */
    public void next(boolean playing, double speed) {
        fast = playing && speed > READABLE_SPEED;
        frame++;
    }

    /** True when panel number {@code panel} (0 to 5, one number per panel) shows this snapshot. */
    public boolean due(int panel) {
        return !fast || frame % FRAMES_PER_ROUND == panel;
    }
}
