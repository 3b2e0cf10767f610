package org.gradientlab.app.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.util.Duration;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.runner.DaemonThreads;
import org.gradientlab.app.runner.FramePacer;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.app.runner.TrainingRunner;

/**
 * The app's own probe of smoothness at full speed: plays every lesson flat out in turn, unmeasured,
 * until the just-in-time compiler has settled ({@link #WARM_ROUND_TOTAL_SECONDS}), then plays each
 * again for a few seconds in the real window and measures the FX pulse (AnimationTimer intervals), the engine's step rate as
 * the window sees it, the rate of the lesson's headless command on the same problem (run in this
 * process, the lesson paused, right after), and the heap. Prints CSV
 * {@code lesson,steps_per_s,headless_steps_per_s,engine_share,frames,frame_ms_median,frame_ms_p99,frame_ms_max,heap_mb}
 * and, on stderr, each lesson's figures against issue 13's targets.
 */
final class FrameProbe {

    /** Seconds the window settles before the first lesson plays. */
    private static final double SETTLE_SECONDS = 1.5;
    /** Seconds each lesson plays flat out before its measurement starts. */
    static final double WARM_UP_SECONDS = 2;
    /**
     * Seconds each lesson plays, all of them in turn and reset after, before the first is measured:
     * for the first 15-20 s of the app the just-in-time compiler keeps a core 30-80% busy compiling
     * JavaFX's CSS, text layout and rasteriser (a per-thread reading of /proc during the probe),
     * and lessons measured then measured the compiler (Descent's engine got 73% of a core, then 99%
     * once it was done). Playing every lesson first lets each be measured in the app's steady state:
     * this long in all, and at least {@link #WARM_ROUND_SECONDS} each.
     */
    static final double WARM_ROUND_TOTAL_SECONDS = 15;
    static final double WARM_ROUND_SECONDS = 3;
    /** Issue 13's targets: p99 and longest frame (ms), the engine's share of the headless rate, the live heap (MiB). */
    static final double TARGET_P99_MS = 34;
    static final double TARGET_MAX_MS = 60;
    static final double TARGET_SHARE = 0.5;
    static final double TARGET_HEAP_MB = 128;
    /** Seconds the headless command runs for its rate, after a shorter run that warms it up. */
    private static final double HEADLESS_SECONDS = 1;

    private final MainWindow window;
    private final double seconds;
    private final Path out;
    /** The one lesson to measure, or null for every lesson. */
    private final LessonId only;
    private final List<String> rows = new ArrayList<>();
    private final List<Long> intervals = new ArrayList<>();
    private long lastFrame;
    private boolean recording;

    FrameProbe(MainWindow window, double seconds, Path out, LessonId only) {
        this.window = window;
        this.seconds = seconds;
        this.out = out;
        this.only = only;
        FrameTimer.of(this::frame).start();
    }

    private void frame(long now) {
        if (recording && lastFrame != 0) {
            intervals.add(now - lastFrame);
        }
        lastFrame = now;
    }

    /** Starts measuring the lessons in turn; exits the app when done. */
    void start() {
        // Every lesson built before any is measured: building one is not a frame of playing.
        window.lessons();
        later(SETTLE_SECONDS, () -> warm(0));
    }

    private List<LessonId> probed() {
        return only == null ? window.lessonIds() : List.of(only);
    }

    /** Shows the lesson, sets it up for the probe and plays it as fast as it goes. */
    private Playback playFlatOut(LessonId lesson) {
        Playback playback = window.lesson(lesson).session();
        window.select(lesson);
        window.lesson(lesson).prepareForProbe();
        playback.speedProperty().set(TrainingRunner.MAX_SPEED);
        playback.togglePlay();
        return playback;
    }

    /** Plays each lesson flat out for a while, unmeasured, then resets it; then measures them. */
    private void warm(int index) {
        List<LessonId> lessons = probed();
        if (index >= lessons.size()) {
            measure(0);
            return;
        }
        LessonId lesson = lessons.get(index);
        Playback playback = playFlatOut(lesson);
        later(Math.max(WARM_ROUND_SECONDS, WARM_ROUND_TOTAL_SECONDS / lessons.size()), () -> {
            if (playback.playing().get()) {
                playback.togglePlay();
            }
            playback.reset();
            later(0.3, () -> warm(index + 1));
        });
    }

    private void measure(int index) {
        List<LessonId> lessons = probed();
        if (index >= lessons.size()) {
            finish();
            return;
        }
        LessonId lesson = lessons.get(index);
        Playback playback = playFlatOut(lesson);
        // Unmeasured first: the steady state, not the just-in-time compiler's first seconds on this lesson.
        later(WARM_UP_SECONDS, () -> {
            long firstStep = playback.currentStep();
            java.util.Map<String, Long> cpuBefore = threadCpuNanos();
            intervals.clear();
            lastFrame = 0;
            recording = true;
            long started = System.nanoTime();
            later(seconds, () -> {
                recording = false;
                double elapsed = (System.nanoTime() - started) / 1e9;
                long steps = playback.currentStep() - firstStep;
                if (playback.playing().get()) {
                    playback.togglePlay();
                } else {
                    // A lesson that stopped (converged or diverged) measured idle time: say so.
                    System.err.println("probe: " + lesson.key() + " stopped playing at step "
                            + playback.currentStep() + " before the end of its measurement");
                }
                double rate = steps / elapsed;
                FrameFigures frames = FrameFigures.of(intervals);
                double heap = liveHeapMb();
                reportCpu(lesson.key(), cpuBefore, elapsed);
                headlessRate(window.lesson(lesson).probeCommand().orElse(null), headless -> {
                    rows.add(row(lesson.key(), rate, headless, frames, heap));
                    later(0.5, () -> measure(index + 1));
                });
            });
        });
    }

    private static String row(String lesson, double stepsPerSecond, double headless, FrameFigures frames, double heap) {
        double share = stepsPerSecond / headless;
        System.err.println(String.format(Locale.ROOT,
                "probe: %s: p99 %.1f ms (target %.0f) %s, max %.1f ms (%.0f) %s, engine %.0f%% of headless (%.0f%%) %s,"
                        + " heap %.1f MiB (%.0f) %s", lesson, frames.p99(), TARGET_P99_MS, verdict(frames.p99() <= TARGET_P99_MS),
                frames.max(), TARGET_MAX_MS, verdict(frames.max() <= TARGET_MAX_MS), 100 * share, 100 * TARGET_SHARE,
                Double.isNaN(headless) ? "n/a (no headless command for this setup)" : verdict(share >= TARGET_SHARE),
                heap, TARGET_HEAP_MB, verdict(heap <= TARGET_HEAP_MB)));
        return String.format(Locale.ROOT, "%s,%.0f,%.0f,%.3f,%d,%.2f,%.2f,%.2f,%.1f", lesson, stepsPerSecond, headless,
                share, frames.count(), frames.median(), frames.p99(), frames.max(), heap);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT MET";
    }

    /**
     * The live heap in MiB: what the app keeps, not the garbage that a collection would free. A full
     * collection asked for while the render thread is in native code holding an array is skipped
     * without a word (the JVM's GC locker), and the reading then counts garbage: so it asks again
     * until the old generation's collector has run (readings of up to 177 MiB came from that).
     */
    private static double liveHeapMb() {
        java.lang.management.GarbageCollectorMXBean full = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> gc.getName().contains("Old") || gc.getName().contains("MarkSweep")).findFirst().orElse(null);
        for (int attempt = 0; attempt < 50; attempt++) {
            long before = full == null ? 0 : full.getCollectionCount();
            ManagementFactory.getMemoryMXBean().gc();
            if (full == null || full.getCollectionCount() > before) {
                break;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /**
     * The headless command's steps a second on the lesson's problem (NaN if it has none), measured on
     * a thread of its own while the lesson is paused, then handed to {@code then} on the FX thread.
     */
    private static void headlessRate(List<String> command, java.util.function.DoubleConsumer then) {
        if (command == null) {
            then.accept(Double.NaN);
            return;
        }
        DaemonThreads.start("probe-headless", () -> {
            // A short run warms the command's loop up and says how many steps fill the measured run.
            double warmRate = timedRun(command, 1_000_000);
            long steps = (long) Math.max(1_000_000, warmRate * HEADLESS_SECONDS);
            double rate = Math.max(timedRun(command, steps), timedRun(command, steps));
            Platform.runLater(() -> then.accept(rate));
        });
    }

    private static double timedRun(List<String> command, long steps) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--steps", String.valueOf(steps), "--every", String.valueOf(steps)));
        PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream());
        long started = System.nanoTime();
        int status = org.gradientlab.cli.Cli.run(args.toArray(String[]::new), nowhere, nowhere);
        double seconds = (System.nanoTime() - started) / 1e9;
        return status == 0 ? steps / seconds : Double.NaN;
    }

    /** CPU time so far of each live thread, by name (threads of one name added up). */
    private static java.util.Map<String, Long> threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> cpu = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long nanos = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                cpu.merge(info.getThreadName().replaceAll("[#-]?\\d+$", ""), nanos, Long::sum);
            }
        }
        return cpu;
    }

    /**
     * On stderr, how busy each thread was while the lesson played, in CPU milliseconds per frame:
     * a figure that depends less than frame times on what else the machine is doing.
     */
    private void reportCpu(String lesson, java.util.Map<String, Long> before, double elapsed) {
        java.util.Map<String, Long> after = threadCpuNanos();
        int frames = Math.max(1, intervals.size());
        StringBuilder line = new StringBuilder("probe: " + lesson + ": CPU ms per frame");
        after.forEach((name, nanos) -> {
            double ms = (nanos - before.getOrDefault(name, 0L)) / 1e6;
            if (ms > elapsed * 1000 * 0.02) {
                line.append(String.format(Locale.ROOT, ", %s %.1f", name, ms / frames));
            }
        });
        line.append(String.format(Locale.ROOT, "; at the end the engine yields in the first %.1f ms of a frame and the"
                + " picture changes %s", FramePacer.shared().yieldWindow() / 1e6,
                FramePacer.shared().halfRate() ? "every other pulse" : "every pulse"));
        System.err.println(line);
    }

    private void finish() {
        String csv = "lesson,steps_per_s,headless_steps_per_s,engine_share,frames,frame_ms_median,frame_ms_p99,"
                + "frame_ms_max,heap_mb\n"
                + String.join("\n", rows) + "\n";
        try {
            if (out == null) {
                PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
                stdout.print(csv);
            } else {
                Files.writeString(out, csv);
            }
        } catch (IOException e) {
            System.err.println("gradient-lab probe: cannot write " + out + ": " + e.getMessage());
        }
        Platform.exit();
    }

    private static void later(double delaySeconds, Runnable action) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(Duration.seconds(delaySeconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
