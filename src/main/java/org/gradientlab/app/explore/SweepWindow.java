package org.gradientlab.app.explore;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gradientlab.engine.sweep.RateOutcome;
import org.gradientlab.engine.sweep.RateRegion;
import org.gradientlab.engine.sweep.RateSweep;
import org.gradientlab.engine.sweep.SweepResult;

/**
 * A window beside a lesson with its learning-rate sweep: Run sweeps the lesson's current settings
 * over many rates, N steps each, in the background; clicking a point loads its rate into the lesson
 * and resets the run, so it replays what the sweep computed. Non-modal, so the lesson stays usable
 * while it is open. Each lesson says what a sweep of it is through a {@link Lesson}.
 */
public final class SweepWindow {

    /** What a lesson's sweep window needs from the lesson. FX thread only. */
    public interface Lesson {
        /**
         * The sweep of the lesson's settings as they are now, N steps per rate.
         *
         * @throws IllegalArgumentException with words for the person when the settings cannot be swept
         */
        Plan plan(int maxSteps);

        /** Pauses the lesson, loads this rate and resets the run. */
        void load(double learningRate);

        /** The lesson's learning rate, marked on the chart. */
        ObservableDoubleValue learningRate();

        /** True while the teacher's Predict lock holds the lesson's settings: a click then loads nothing. */
        boolean locked();
    }

    /**
     * A sweep about to run.
     *
     * @param sweep    the engine's sweep
     * @param settings one line that says what is swept, shown above the chart
     */
    public record Plan(RateSweep sweep, String settings) {
    }

    private final Lesson lesson;
    /** Where the sweeps run, off the FX thread. */
    private final Executor sweeps;
    private final Stage stage = new Stage();
    private final ExploreBar bar;
    private final SweepChart chart;
    private final Label settings = new Label();
    private final Map<RateRegion, Rectangle> swatches = new EnumMap<>(RateRegion.class);
    private ExploreJob<SweepResult> job;

    /**
     * @param intro        what the window says before the first run
     * @param defaultSteps the N in the spinner at first
     * @param chart        the chart, with the lesson's names for its loss and steps
     */
    public SweepWindow(Lesson lesson, Executor sweeps, Window owner, String intro, int defaultSteps, SweepChart chart) {
        this.lesson = lesson;
        this.sweeps = sweeps;
        this.chart = chart;
        this.bar = new ExploreBar("sweep", defaultSteps, 1_000_000);
        settings.setId("sweepSettings");
        settings.getStyleClass().add("lesson-text");
        settings.setWrapText(true);
        VBox top = new VBox(6, bar, settings);
        top.setPadding(new Insets(10, 14, 6, 14));
        BorderPane root = new BorderPane(chart.node());
        root.setTop(top);
        root.setBottom(legend());
        root.getStyleClass().add("explore-window");
        Scene scene = new Scene(root, 980, 620);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("Learning-rate sweep");
        stage.setOnHidden(e -> cancel());
        bar.run.setOnAction(e -> run());
        bar.cancel.setOnAction(e -> cancel());
        chart.node().setOnClick((rate, loss) -> pick(rate));
        chart.showLessonRate(lesson.learningRate().get());
        lesson.learningRate().addListener((obs, old, rate) -> chart.showLessonRate(rate.doubleValue()));
        settings.setText(intro);
    }

    /** The bands' colours named: a narrow band has no room for its label on the chart. */
    private FlowPane legend() {
        FlowPane legend = new FlowPane(16, 4);
        legend.setId("sweepLegend");
        legend.setPadding(new Insets(6, 14, 10, 14));
        for (RateRegion region : RateRegion.values()) {
            Rectangle swatch = new Rectangle(14, 14);
            swatches.put(region, swatch);
            Label entry = new Label(region.label(), swatch);
            entry.getStyleClass().add("legend-entry");
            legend.getChildren().add(entry);
        }
        return legend;
    }

    /** The swatches take the bands' colours once the stylesheet has set them. */
    private void paintLegend() {
        swatches.forEach((region, swatch) -> swatch.setFill(chart.colourOf(region).deriveColor(0, 1, 1, 0.45)));
    }

    /** Brings the window up (and to the front if it is already open). */
    public void show() {
        stage.show();
        stage.toFront();
        paintLegend();
        chart.showLessonRate(lesson.learningRate().get());
    }

    /** Starts a sweep with the lesson's settings as they are now. */
    @SuppressWarnings("unchecked")
    public void run() {
        cancel();
        Plan plan;
        try {
            plan = lesson.plan(bar.steps());
        } catch (IllegalArgumentException e) {
            bar.status.setText(e.getMessage() + " Nothing was run.");
            return;
        }
        settings.setText(plan.settings());
        ExploreJob<SweepResult>[] started = new ExploreJob[1];
        // A sweep replaced by a newer one may still finish: only the newest is shown.
        started[0] = new ExploreJob<>(plan.sweep()::run, result -> {
            if (job == started[0]) {
                finished(result);
            }
        }, error -> bar.status.setText("The sweep failed: " + error + ". The lesson is unchanged."));
        job = started[0];
        bar.follow(job);
        bar.status.setText("Sweeping…");
        job.start(sweeps);
    }

    private void finished(SweepResult result) {
        chart.show(result);
        paintLegend();
        bar.status.setText(result.isComplete()
                ? "Done. Click a point to use its rate in the lesson."
                : String.format(Locale.ROOT, "Cancelled after %d of %d rates.", result.outcomes().size(),
                        result.sweep().rateCount()));
    }

    /** Stops a sweep under way; it ends soon after, showing the rates it finished. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    private void pick(double rate) {
        SweepResult result = chart.shown();
        RateOutcome nearest = result == null ? null : result.nearest(rate);
        if (nearest == null) {
            return;
        }
        if (lesson.locked()) {
            bar.status.setText("The lesson's settings are locked for Predict: no rate was loaded.");
            return;
        }
        lesson.load(nearest.learningRate());
        bar.status.setText(String.format(Locale.ROOT, "Rate %.4g is in the lesson: %s, %d steps. Press Play.",
                nearest.learningRate(), nearest.region().label(), nearest.steps()));
    }

    /** The window. */
    public Stage stage() {
        return stage;
    }

    /** The chart. */
    public SweepChart chart() {
        return chart;
    }

    /** The newest sweep's job, or null before the first Run. */
    public ExploreJob<SweepResult> job() {
        return job;
    }
}
