package org.gradientlab.app.runner;

/**
 * How long, at the start of each frame, a playing engine yields the processor every
 * {@link #YIELD_INTERVAL_NANOS}, so that the FX and render threads (and the X server) get a core as
 * soon as they wake up to draw it. The window grows while frames come late and shrinks while they
 * come on time: on a quiet machine it falls to nothing and the engine runs flat out. Yielding, not
 * sleeping: an engine that slept gave its place in the queue to every other process on a busy
 * machine and came back late (in the probe under load, Regression's engine ran 12% of the time),
 * while a yield costs a microsecond when nobody is waiting. The FX thread reports pulses; runner
 * threads read the window (two volatile numbers, no lock).
 */
public final class FramePacer {

    /** One frame at 60 Hz. */
    static final long FRAME_NANOS = 16_666_667L;
    /** A pulse that comes this long after the one before (1.25 frames) was late. */
    static final long LATE_NANOS = FRAME_NANOS * 5 / 4;
    /** Longer than this since the last pulse is not a late frame but pulses that had stopped. */
    static final long PAUSE_NANOS = 250_000_000L;
    /** The longest window, most of a frame: the FX and render threads' share of one. */
    static final long MAX_WINDOW_NANOS = 10_000_000L;
    /** The window added by a late frame. */
    static final long WINDOW_UP_NANOS = 2_000_000L;
    /** The window taken off by a frame on time: after a late one, about 20 on time undo it. */
    static final long WINDOW_DOWN_NANOS = 100_000L;
    /** How often the engine yields inside the window: a thread woken to draw waits at most this long. */
    static final long YIELD_INTERVAL_NANOS = 100_000L;
    /**
     * Pulses (20 s) on time with no window at half rate before a picture every pulse is tried again:
     * what made frames late (often the just-in-time compiler's first seconds) may have passed. If
     * it has not, five late frames put the window back at its most and the rate back at half: five
     * late frames in 1,200 stay out of the 99th percentile.
     */
    static final long RETRY_FULL_RATE_PULSES = 1200;

    private static final FramePacer SHARED = new FramePacer();

    /** The FX thread's last pulse (FX thread only). */
    private long lastPulse;
    /** Pulses so far (FX thread only). */
    private long pulses;
    /** Frames came late with the engine yielding all it may: a playing picture changes every other pulse (FX thread only). */
    private boolean halfRate;
    /** Whether this pulse shows a new picture (written by the FX thread, read by runners too). */
    private volatile boolean picture = true;
    /** Whether the next pulse must (FX thread only). */
    private boolean pictureNext;
    /** Pulses in a row at half rate with no window (FX thread only). */
    private long calmPulses;
    private volatile long pulseAt;
    private volatile long window;

    /** The one the app's runners share: there is one FX thread and one pair of cores. */
    public static FramePacer shared() {
        return SHARED;
    }

    /**
     * FX thread: a pulse began at {@code now}. Every lesson's timer reports each pulse; reports a
     * small part of a frame apart are the same pulse.
     */
    public void pulse(long now) {
        long since = now - lastPulse;
        if (lastPulse != 0 && since < FRAME_NANOS / 4) {
            return;
        }
        if (lastPulse != 0 && since < PAUSE_NANOS) {
            long w = window;
            window = since > LATE_NANOS ? Math.min(MAX_WINDOW_NANOS, w + WINDOW_UP_NANOS) : Math.max(0, w - WINDOW_DOWN_NANOS);
        }
        lastPulse = now;
        pulseAt = now;
        pulses++;
        if (window == MAX_WINDOW_NANOS) {
            halfRate = true;
        }
        calmPulses = halfRate && window == 0 ? calmPulses + 1 : 0;
        if (calmPulses >= RETRY_FULL_RATE_PULSES) {
            halfRate = false;
            calmPulses = 0;
        }
        picture = !halfRate || (pulses & 1) == 0 || pictureNext;
        pictureNext = false;
    }

    /**
     * FX thread: whether a playing lesson shows a new picture at this pulse. True at every pulse
     * until frames have come late with the engine already yielding all it may; from then on, every
     * other pulse, until a lesson stops playing ({@link #fullRate}) or frames have come on time with
     * no yielding for {@link #RETRY_FULL_RATE_PULSES}. The pulses between render nothing, and the
     * two cores go to the engine and to the next picture.
     */
    public boolean picturePulse() {
        return picture;
    }

    /**
     * FX thread: the next pulse shows a new picture too, whatever its turn. For a control that
     * finishes a change at the next pulse (a table lays out its new rows then): a pulse whose only
     * changes are ones nobody sees (cells out of view) makes JavaFX repaint the whole window, as it
     * does when nothing at all has a visible change, 40 ms of the software renderer here.
     */
    public void pictureAtNextPulse() {
        pictureNext = true;
    }

    /** FX thread: a lesson stopped playing; the next play starts with a picture every pulse again. */
    public void fullRate() {
        halfRate = false;
    }

    /** Whether a playing picture now changes only every other pulse. */
    public boolean halfRate() {
        return halfRate;
    }

    /**
     * Any thread: how much longer the frame under way at {@code now} asks the engine to yield; 0 for
     * none, and 0 all through a pulse that draws no picture (half rate: nothing to make room for).
     */
    long yieldWindowLeft(long now) {
        long w = window;
        if (w == 0 || !picture) {
            return 0;
        }
        long left = pulseAt + w - now;
        return left > 0 ? left : 0;
    }

    /** The window, from a pulse on, in which the engine now yields. */
    public long yieldWindow() {
        return window;
    }
}
