package org.gradientlab.app;

/**
 * How long a playing engine stays off the processor at the start of each frame, so that the FX and
 * render threads (and the X server) have both cores while they draw it. The rest grows while frames
 * come late and shrinks while they come on time: on a quiet machine it falls to nothing and the
 * engine runs flat out; when frames are late it gives up to {@link #MAX_REST_NANOS} of each frame.
 * The FX thread reports pulses; runner threads read the rest (two volatile numbers, no lock).
 */
final class FramePacer {

    /** One frame at 60 Hz. */
    static final long FRAME_NANOS = 16_666_667L;
    /** A pulse that comes this long after the one before (1.25 frames) was late. */
    static final long LATE_NANOS = FRAME_NANOS * 5 / 4;
    /** Longer than this since the last pulse is not a late frame but pulses that had stopped. */
    static final long PAUSE_NANOS = 250_000_000L;
    /** The most the engine rests in a frame: it keeps at least 40% of its core. */
    static final long MAX_REST_NANOS = 10_000_000L;
    /** The rest added by a late frame. */
    static final long REST_UP_NANOS = 2_000_000L;
    /** The rest taken off by a frame on time: after a late one, about 20 on time undo it. */
    static final long REST_DOWN_NANOS = 100_000L;

    private static final FramePacer SHARED = new FramePacer();

    /** The FX thread's last pulse (FX thread only). */
    private long lastPulse;
    private volatile long pulseAt;
    private volatile long rest;

    /** The one the app's runners share: there is one FX thread and one pair of cores. */
    static FramePacer shared() {
        return SHARED;
    }

    /**
     * FX thread: a pulse began at {@code now}. Every lesson's timer reports each pulse; reports a
     * small part of a frame apart are the same pulse.
     */
    void pulse(long now) {
        long since = now - lastPulse;
        if (lastPulse != 0 && since < FRAME_NANOS / 4) {
            return;
        }
        if (lastPulse != 0 && since < PAUSE_NANOS) {
            long r = rest;
            rest = since > LATE_NANOS ? Math.min(MAX_REST_NANOS, r + REST_UP_NANOS) : Math.max(0, r - REST_DOWN_NANOS);
        }
        lastPulse = now;
        pulseAt = now;
    }

    /** Any thread: how much longer an engine should rest in the frame under way at {@code now}; 0 to run. */
    long restNanos(long now) {
        long r = rest;
        if (r == 0) {
            return 0;
        }
        long left = pulseAt + r - now;
        return left > 0 ? left : 0;
    }

    /** The rest a frame currently asks of the engine. */
    long restPerFrame() {
        return rest;
    }
}
