package org.gradientlab.app.descent;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gradientlab.engine.descent.DescentOutcome;
import org.gradientlab.engine.descent.LearningRateSweep;
import org.gradientlab.engine.descent.RateRegion;
import org.gradientlab.engine.descent.SweepResult;

/**
 * A window beside the lesson with the learning-rate sweep: Run sweeps the lesson's current
 * function, start and optimizer over 201 rates from 1e-4 to 10, N steps each, in the background;
 * clicking a point loads its rate into the lesson and resets the run, so it replays what the
 * sweep computed. Non-modal, so the lesson stays usable while it is open.
 */
final class SweepWindow {

    static final int DEFAULT_STEPS = 1000;

    private final DescentModel model;
    private final Stage stage = new Stage();
    private final ExploreBar bar = new ExploreBar("sweep", DEFAULT_STEPS, 1_000_000);
    private final SweepChart chart = new SweepChart();
    private final Label settings = new Label();
    private ExploreJob<SweepResult> job;
    private final java.util.Map<RateRegion, Rectangle> swatches = new java.util.EnumMap<>(RateRegion.class);

    SweepWindow(DescentModel model, Window owner) {
        this.model = model;
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
        chart.showLessonRate(model.learningRateProperty().get());
        model.learningRateProperty().addListener((obs, old, rate) -> chart.showLessonRate(rate.doubleValue()));
        settings.setText("Run tries the lesson's function, start and optimizer at " + LearningRateSweep.DEFAULT_RATES
                + " rates from 0.0001 to 10. Click a point to use its rate in the lesson.");
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
    void show() {
        stage.show();
        stage.toFront();
        paintLegend();
        chart.showLessonRate(model.learningRateProperty().get());
    }

    /** Starts a sweep with the lesson's settings as they are now. */
    @SuppressWarnings("unchecked")
    void run() {
        cancel();
        LearningRateSweep sweep = new LearningRateSweep(model.functionProperty().get(), model.optimizerProperty().get(),
                model.startWProperty().get(), LearningRateSweep.DEFAULT_MIN_RATE, LearningRateSweep.DEFAULT_MAX_RATE,
                LearningRateSweep.DEFAULT_RATES, bar.steps());
        settings.setText(String.format(Locale.ROOT, "f(w) = %s,  w₀ = %s,  %s,  N = %d steps per rate",
                sweep.function().source(), sweep.w0(), sweep.optimizer().name(), sweep.maxSteps()));
        ExploreJob<SweepResult>[] started = new ExploreJob[1];
        // A sweep replaced by a newer one may still finish: only the newest is shown.
        started[0] = new ExploreJob<>(sweep::run, result -> {
            if (job == started[0]) {
                finished(result);
            }
        }, error -> bar.status.setText("The sweep failed: " + error + ". The lesson is unchanged."));
        job = started[0];
        bar.follow(job);
        bar.status.setText("Sweeping…");
        job.start("rate-sweep");
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
    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    private void pick(double rate) {
        SweepResult result = chart.shown();
        DescentOutcome nearest = result == null ? null : result.nearest(rate);
        if (nearest == null) {
            return;
        }
        model.pause();
        model.learningRateProperty().set(nearest.learningRate());
        model.reset();
        bar.status.setText(String.format(Locale.ROOT, "Rate %.4g is in the lesson: %s, %d steps. Press Play.",
                nearest.learningRate(), nearest.region().label(), nearest.steps()));
    }

    Stage stage() {
        return stage;
    }

    SweepChart chart() {
        return chart;
    }

    ExploreJob<SweepResult> job() {
        return job;
    }
}
