package org.gradientlab.app.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.util.Duration;
import org.gradientlab.app.controls.Playback;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.app.runner.TrainingRunner;

/**
 * The app's own probe of smoothness at full speed: plays each lesson flat out for a few seconds in
 * the real window and measures the FX pulse (AnimationTimer intervals), the engine's step rate as
 * the window sees it, and the heap. Prints CSV
 * {@code lesson,steps_per_s,frames,frame_ms_median,frame_ms_p99,frame_ms_max,heap_mb}.
 */
final class FrameProbe {

    /** Seconds the window settles before the first lesson plays. */
    private static final double SETTLE_SECONDS = 1.5;
    /** Seconds each lesson plays flat out before its measurement starts. */
    static final double WARM_UP_SECONDS = 2;

    private final MainWindow window;
    private final double seconds;
    private final Path out;
    private final List<String> rows = new ArrayList<>();
    private final List<Long> intervals = new ArrayList<>();
    private long lastFrame;
    private boolean recording;

    FrameProbe(MainWindow window, double seconds, Path out) {
        this.window = window;
        this.seconds = seconds;
        this.out = out;
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
        later(SETTLE_SECONDS, () -> measure(0));
    }

    private void measure(int index) {
        List<LessonId> lessons = window.lessonIds();
        if (index >= lessons.size()) {
            finish();
            return;
        }
        LessonId lesson = lessons.get(index);
        Playback playback = window.lesson(lesson).session();
        window.select(lesson);
        window.lesson(lesson).prepareForProbe();
        playback.speedProperty().set(TrainingRunner.MAX_SPEED);
        playback.togglePlay();
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
                rows.add(row(lesson.key(), steps / elapsed));
                reportCpu(lesson.key(), cpuBefore, elapsed);
                later(0.5, () -> measure(index + 1));
            });
        });
    }

    private String row(String lesson, double stepsPerSecond) {
        double[] ms = intervals.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        double median = ms.length == 0 ? Double.NaN : ms[ms.length / 2];
        double p99 = ms.length == 0 ? Double.NaN : ms[Math.min(ms.length - 1, (int) Math.ceil(0.99 * ms.length) - 1)];
        double max = ms.length == 0 ? Double.NaN : Arrays.stream(ms).max().orElse(Double.NaN);
        // The live heap: what the app keeps, not the garbage that a collection would free.
        ManagementFactory.getMemoryMXBean().gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return String.format(Locale.ROOT, "%s,%.0f,%d,%.2f,%.2f,%.2f,%.1f", lesson, stepsPerSecond, ms.length, median,
                p99, max, heap / 1048576.0);
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
        System.err.println(line);
    }

    private void finish() {
        String csv = "lesson,steps_per_s,frames,frame_ms_median,frame_ms_p99,frame_ms_max,heap_mb\n"
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
