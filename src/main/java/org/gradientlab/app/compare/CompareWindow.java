package org.gradientlab.app.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gradientlab.app.controls.LessonColumns;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.app.runner.RunnerFactory;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * A window beside a lesson with up to four runs side by side on the lesson's own problem, each
 * with its optimizer, rate and colour: Play, Step and Reset move them all together on a background
 * runner, the chart shows their paths, the table their steps to converge and their loss. Seeded
 * with the lesson's problem, start and settings each time it opens; closing it stops the runner.
 * Non-modal, so the lesson stays usable while it is open.
 */
public final class CompareWindow {

    /** What a lesson gives the window: its problem, its chart and the runs to begin with. */
    public interface Subject {
        /** Reads the lesson's problem and start now, shows them on the chart, and makes runs on them. */
        CompareModel.Runs seed();

        /** The problem seeded last, in words ("f(w) = w^2, start w₀ = 4"). */
        String problemText();

        /** The lesson's own optimizer and rate: run 1. */
        RunSpec lessonRun();

        /** The chart the runs are drawn on (its painter is set by the window). */
        OverlayChart chart();

        /** Widens the chart's view to follow the runs. */
        void follow(CompareSnapshot snapshot);
    }

    /** The table follows a playing run at a readable pace. */
    static final long TABLE_REFRESH_NANOS = 150_000_000L;
    /** The chart's view follows a playing run at most this often. */
    static final long FOLLOW_NANOS = 100_000_000L;

    /** Where the compared runs go. */
    private final RunnerFactory runners;
    private final Subject subject;
    private final Stage stage = new Stage();
    private final CompareLayer layer = new CompareLayer();
    private final RunTable table;
    private final VBox rowsBox = new VBox(10);
    private final List<RunRow> rows = new ArrayList<>();
    private final Label problem = new Label();
    private final CompareBar bar = new CompareBar();
    final Button add = new Button("Add run");
    private final FrameTimer puller = FrameTimer.of(now -> pull());
    private CompareModel model;
    private long tableShownAt;
    private long followedAt;

    /**
     * @param title    the window's title
     * @param lossName what the table calls the loss ("f(w)" or "loss")
     */
    public CompareWindow(Subject subject, RunnerFactory runners, String title, String lossName, Window owner) {
        this.subject = subject;
        this.runners = runners;
        this.table = new RunTable(lossName);
        subject.chart().setPainter(layer);
        RunSpec first = subject.lessonRun();
        addRow(first);
        addRow(new RunSpec(first.optimizer().withKind(OptimizerKind.MOMENTUM), first.learningRate()));
        BorderPane root = new BorderPane();
        root.setTop(top());
        root.setLeft(runsPane());
        BorderPane centre = new BorderPane(subject.chart());
        centre.setPadding(new Insets(0, 14, 12, 6));
        root.setCenter(centre);
        root.getStyleClass().addAll("explore-window", "compare-window");
        Scene scene = new Scene(root, 1360, 820);
        // The theme and the text scale follow the main window's, also when changed while this is open.
        javafx.beans.binding.Bindings.bindContent(scene.getStylesheets(), owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(title);
        stage.setOnHidden(e -> stop());
    }

    private VBox top() {
        problem.setId("compareProblem");
        problem.getStyleClass().add("lesson-text");
        problem.setWrapText(true);
        bar.play.setOnAction(e -> model.togglePlay());
        bar.step.setOnAction(e -> model.step());
        bar.reset.setOnAction(e -> model.reset());
        bar.reseed.setOnAction(e -> {
            stop();
            show();
        });
        bar.speed.valueProperty().addListener((obs, old, now) -> {
            if (model != null) {
                model.setSpeed(bar.speedValue());
            }
        });
        VBox top = new VBox(6, problem, bar);
        top.setPadding(new Insets(10, 14, 8, 14));
        return top;
    }

    private ScrollPane runsPane() {
        Label title = new Label("Runs (up to " + RunColours.MAX_RUNS + ")");
        title.getStyleClass().add("control-title");
        add.setId("compareAdd");
        add.setTooltip(new Tooltip("Another run, with its own optimizer and rate"));
        add.setOnAction(e -> {
            addRow(suggestion());
            runsChanged();
        });
        Label note = new Label("All runs start from the lesson's start. A change of optimizer, factor or rate "
                + "starts them all again, so they stay in step.");
        note.getStyleClass().add("lesson-text");
        note.setWrapText(true);
        table.setPrefHeight(200);
        table.setMinHeight(160);
        VBox box = new VBox(10, title, rowsBox, add, note, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(4, 10, 10, 14));
        ScrollPane scroll = LessonColumns.live(new ScrollPane(box));
        scroll.setMinWidth(560);
        scroll.setPrefWidth(690);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sidebar-scroll");
        return scroll;
    }

    /** What a new run starts as: Adam, then plain descent at half the rate, from run 1's settings. */
    private RunSpec suggestion() {
        RunSpec first = rows.get(0).spec();
        OptimizerSettings settings = first.optimizer();
        return rows.size() == 2 ? new RunSpec(settings.withKind(OptimizerKind.ADAM), first.learningRate())
                : new RunSpec(settings.withKind(OptimizerKind.GD), first.learningRate() / 2);
    }

    private void addRow(RunSpec spec) {
        RunRow row = new RunRow(spec, this::runsChanged);
        row.remove.setOnAction(e -> {
            rows.remove(row);
            rowsBox.getChildren().remove(row);
            runsChanged();
        });
        rows.add(row);
        rowsBox.getChildren().add(row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setSlot(i);
            rows.get(i).remove.setDisable(rows.size() == 1);
        }
        add.setDisable(rows.size() >= RunColours.MAX_RUNS);
    }

    private void runsChanged() {
        renumber();
        if (model != null) {
            model.setRuns(specs());
        }
    }

    private List<RunSpec> specs() {
        List<RunSpec> specs = new ArrayList<>();
        for (RunRow row : rows) {
            specs.add(row.spec());
        }
        return specs;
    }

    /** Opens the window seeded with the lesson as it is now, or brings the open one to the front. */
    public void show() {
        if (model == null) {
            CompareModel.Runs runs = subject.seed();
            problem.setText(subject.problemText());
            model = new CompareModel(runs, specs(), bar.speedValue(), runners.withFailures(
                    error -> Platform.runLater(() -> bar.status.setText("A run failed: " + error
                            + ". Reset starts them again."))));
            bar.play.textProperty().bind(javafx.beans.binding.Bindings.when(model.playingProperty())
                    .then("Pause").otherwise("Play"));
            display(model.snapshotProperty().get());
            puller.start();
        }
        stage.show();
        stage.toFront();
    }

    private void pull() {
        if (model == null || !model.pullSnapshot()) {
            return;
        }
        display(model.snapshotProperty().get());
    }

    private void display(CompareSnapshot next) {
        long now = System.nanoTime();
        if (!next.playing() || now - tableShownAt >= TABLE_REFRESH_NANOS) {
            table.show(next);
            tableShownAt = now;
        }
        bar.status.setText(CompareBar.statusText(next));
        layer.show(next);
        // Widening the view redraws the whole chart: while playing, a few times a second at most.
        if (!next.playing() || now - followedAt >= FOLLOW_NANOS) {
            subject.follow(next);
            followedAt = now;
        }
        subject.chart().requestPaint();
    }

    /** Stops the runs' thread (the window was closed); the next show starts afresh from the lesson. */
    private void stop() {
        puller.stop();
        if (model != null) {
            bar.play.textProperty().unbind();
            model.close();
            model = null;
        }
    }

    /** Closes the window, which stops its runs. */
    public void close() {
        stage.hide();
        stop();
    }

    /** The window. */
    public Stage stage() {
        return stage;
    }

    /** The runs' model while the window is open, else null. */
    public CompareModel model() {
        return model;
    }

    /** The table of runs. */
    public javafx.scene.control.TableView<RunPicture> table() {
        return table;
    }
}
