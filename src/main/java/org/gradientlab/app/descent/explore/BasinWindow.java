package org.gradientlab.app.descent.explore;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.explore.ExploreBar;
import org.gradientlab.app.explore.ExploreJob;
import org.gradientlab.engine.descent.BasinMap;
import org.gradientlab.engine.descent.BasinResult;
import org.gradientlab.engine.descent.DescentOutcome;

/**
 * A window beside the lesson with the basin map: Run runs the lesson's function and optimizer from
 * 120 starts across the chart's visible w range at 80 rates from 0.001 to 10, N steps each, on all
 * cores; each cell says which minimum its run reached (or that it diverged or did not settle) and,
 * by how pale it is, how many steps that took. Clicking a cell loads its start and rate into the
 * lesson and resets it, so the run replays there.
 */
public final class BasinWindow {

    static final int COLUMNS = 120;
    static final int ROWS = 80;
    static final double MIN_RATE = 1e-3;
    static final double MAX_RATE = 10;
    static final int DEFAULT_STEPS = 2000;

    private final DescentModel model;
    private final Supplier<double[]> visibleW;
    private final Stage stage = new Stage();
    private final ExploreBar bar = new ExploreBar("basin", DEFAULT_STEPS, 1_000_000);
    private final BasinChart chart = new BasinChart();
    private final Label settings = new Label();
    private final FlowPane legend = new FlowPane(16, 4);
    private ExploreJob<BasinResult> job;

    /** @param visibleW the lesson chart's visible w range {lower, upper}, where the starts go */
    public BasinWindow(DescentModel model, Supplier<double[]> visibleW, Window owner) {
        this.model = model;
        this.visibleW = visibleW;
        settings.setId("basinSettings");
        settings.getStyleClass().add("lesson-text");
        settings.setWrapText(true);
        settings.setText("Run starts the lesson's function and optimizer from " + COLUMNS + " points across the chart's "
                + "w range, at " + ROWS + " rates. Click a cell to replay that start and rate in the lesson.");
        legend.setId("basinLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, settings);
        top.setPadding(new Insets(10, 14, 6, 14));
        legend.setPadding(new Insets(6, 14, 10, 14));
        BorderPane root = new BorderPane(chart.node());
        root.setTop(top);
        root.setBottom(legend);
        root.getStyleClass().add("explore-window");
        Scene scene = new Scene(root, 980, 700);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("Basin map");
        stage.setOnHidden(e -> cancel());
        bar.run.setOnAction(e -> run());
        bar.cancel.setOnAction(e -> cancel());
        chart.node().setOnClick(this::pick);
        showLesson();
        model.session().learningRateProperty().addListener((obs, old, rate) -> showLesson());
        model.startWProperty().addListener((obs, old, w) -> showLesson());
    }

    private void showLesson() {
        chart.showLesson(model.startWProperty().get(), model.session().learningRateProperty().get());
    }

    /** Brings the window up (and to the front if it is already open). */
    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Starts a map with the lesson's settings and the chart's w range as they are now. */
    @SuppressWarnings("unchecked")
    void run() {
        cancel();
        double[] range = visibleW.get();
        BasinMap map = new BasinMap(model.functionProperty().get(), model.session().optimizerProperty().get(), range[0], range[1],
                COLUMNS, MIN_RATE, MAX_RATE, ROWS, bar.steps());
        settings.setText(String.format(Locale.ROOT, "f(w) = %s,  %s,  w₀ from %.3g to %.3g,  N = %d steps per cell",
                map.function().source(), map.optimizer().name(), map.minStart(), map.maxStart(), map.maxSteps()));
        ExploreJob<BasinResult>[] started = new ExploreJob[1];
        // A map replaced by a newer one may still finish: only the newest is shown.
        started[0] = new ExploreJob<>(map::run, result -> {
            if (job == started[0]) {
                finished(result);
            }
        }, error -> bar.status.setText("The map failed: " + error + ". The lesson is unchanged."));
        job = started[0];
        bar.follow(job);
        bar.status.setText("Mapping…");
        job.start(model.session().runners().tasks("basin-map"));
    }

    private void finished(BasinResult result) {
        chart.show(result);
        showLegend(result);
        bar.status.setText(result.isComplete()
                ? "Done. Click a cell to replay it in the lesson."
                : String.format(Locale.ROOT, "Cancelled after %d of %d cells.", result.finishedCells(), COLUMNS * ROWS));
    }

    private void showLegend(BasinResult result) {
        legend.getChildren().clear();
        for (int i = 0; i < result.minima().size(); i++) {
            legend.getChildren().add(entry(BasinImage.minimumColour(i),
                    String.format(Locale.ROOT, "minimum at w ≈ %.4g", result.minima().get(i))));
        }
        legend.getChildren().add(entry(chart.diverged(), "diverged"));
        legend.getChildren().add(entry(chart.unsettled(), "not settled in " + result.map().maxSteps() + " steps"));
        Label fade = new Label("paler = more steps");
        fade.getStyleClass().add("lesson-text");
        legend.getChildren().add(fade);
    }

    private static Label entry(Color colour, String text) {
        Label label = new Label(text, new Rectangle(14, 14, colour));
        label.getStyleClass().add("legend-entry");
        return label;
    }

    /** Stops a map under way; it ends soon after, showing the cells it finished. */
    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    private void pick(double w0, double rate) {
        BasinResult result = chart.shown();
        if (result == null) {
            return;
        }
        BasinMap map = result.map();
        int column = map.columnOf(w0);
        int row = map.rowOf(rate);
        model.session().pause();
        model.session().learningRateProperty().set(map.rateAt(row));
        model.setStart(map.startAt(column));
        DescentOutcome cell = result.at(column, row);
        String outcome = cell == null ? "not run" : cell.region().label() + " after " + cell.steps() + " steps";
        bar.status.setText(String.format(Locale.ROOT, "w₀ = %.4g, rate %.4g are in the lesson (%s). Press Play.",
                map.startAt(column), map.rateAt(row), outcome));
    }

    public Stage stage() {
        return stage;
    }

    public BasinChart chart() {
        return chart;
    }

    public ExploreJob<BasinResult> job() {
        return job;
    }
}
