package org.gradientlab.app.descent;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gradientlab.app.chart.GhostPainter;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.controls.LessonParts;
import org.gradientlab.app.controls.LearningRateControl;
import org.gradientlab.app.controls.LessonColumns;
import org.gradientlab.app.controls.NumberField;
import org.gradientlab.app.controls.OptimizerPanel;
import org.gradientlab.app.controls.PlaybackBar;
import org.gradientlab.app.controls.TimelineBar;
import org.gradientlab.app.descent.chart.DescentChart;
import org.gradientlab.app.descent.chart.DescentLayer;
import org.gradientlab.app.descent.chart.EwmaStrip;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.descent.model.DescentSnapshot;
import org.gradientlab.app.descent.model.Preset;
import org.gradientlab.app.predict.PredictPanel;
import org.gradientlab.app.runner.RefreshSchedule;

/**
 * The Descent lesson's nodes: the function field and presets on top, the chart in the middle with
 * the controls beside it, the table of steps (with momentum's EWMA strip beside it) and the status
 * line below. Builds and binds; the controller attaches the gestures.
 */
public final class DescentView extends BorderPane {

    final TextField functionField = new TextField();
    final Label functionError = new Label();
    final ComboBox<Preset> presets = new ComboBox<>();
    final Label lessonText = new Label();
    final DescentChart chart = new DescentChart();
    final DescentLayer layer = new DescentLayer();
    final Label banner = new Label();
    final LearningRateControl learningRate;
    final OptimizerPanel optimizer;
    final NumberField startField;
    final PlaybackBar playback;
    final DescentReadout readout = new DescentReadout();
    final StepTable table;
    public final EwmaStrip ewma = new EwmaStrip();
    /** Where the chart/table divider goes at most when the EWMA strip appears: room for its two charts. */
    private static final double STRIP_DIVIDER = 0.64;
    final Label statusLine = new Label();
    final TimelineBar timeline;
    /** The curve's light layer under which a branch's ghost trail (w, f) is drawn. */
    final GhostPainter ghostLayer = new GhostPainter(layer, 0, 1);
    final PredictPanel predictPanel;
    final Button sweepButton = new Button("Rate sweep…");
    final Button basinButton = new Button("Basin map…");
    final Button compareButton = new Button("Compare runs…");

    /** Builds the lesson's nodes over its model. */
    public DescentView(DescentModel model, DoubleProperty startEdit) {
        getStyleClass().add("lesson");
        learningRate = new LearningRateControl(model.session().learningRateProperty());
        learningRate.showScheduledRate(model.session().scheduledRateProperty());
        optimizer = new OptimizerPanel(model.session().optimizerProperty());
        startField = new NumberField(startEdit, DescentModel::checkStart);
        playback = new PlaybackBar(model.session());
        table = new StepTable(model.rows());
        timeline = new TimelineBar(model.session().timeline(), model.session().learningRateProperty());
        timeline.whenGhostChanges(ghostLayer::setGhost);
        timeline.offWhile(model.session().predict().onProperty());
        predictPanel = new PredictPanel(model.session().predict());
        lockWith(model.session().predict().lockedProperty());
        setTop(buildTop());
        SplitPane below = new SplitPane(table);
        SplitPane split = new SplitPane(buildChartArea(), below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        besideTheTable(below, split);
        // Under the lesson's main view only: the sidebar keeps its full height.
        VBox.setVgrow(split, Priority.ALWAYS);
        // Large text in a short window: the chart keeps a plot area, the table a few rows, and the column scrolls.
        LessonColumns.leastLines(table, statusLine, 8, 8);
        setCenter(LessonColumns.main(new VBox(split, timeline)));
        setRight(buildSidebar());
        LessonParts.statusLine(statusLine, "statusLine");
        setBottom(statusLine);
    }

    /**
     * The EWMA strip sits beside the table, not below it, so Play and Step keep their place; it is
     * in the split only while shown, and when it comes the charts' area gives it a little height.
     */
    private void besideTheTable(SplitPane below, SplitPane split) {
        ewma.visibleProperty().addListener((obs, was, shown) -> {
            if (shown && !below.getItems().contains(ewma)) {
                below.getItems().add(ewma);
                below.setDividerPositions(0.5);
                if (split.getDividerPositions()[0] > STRIP_DIVIDER) {
                    split.setDividerPositions(STRIP_DIVIDER);
                }
            } else if (!shown) {
                below.getItems().remove(ewma);
            }
        });
    }

    private VBox buildTop() {
        Label fLabel = LessonParts.functionField(functionField, "f(w) =", "functionField",
                "Type any f(w) and press Enter, e.g. w^4 - 3*w^2 + w, sin(3*w) + 0.1*w^2.\n"
                + "Functions: sin cos tan exp log sqrt abs tanh sigmoid; constants pi, e; ^ for powers");
        presets.setId("presetBox");
        presets.setPromptText("Presets");
        LessonParts.presetCell(presets, Preset::name);
        presets.setTooltip(new Tooltip("Ready-made functions, each showing one idea"));
        Label presetLabel = new Label("Preset");
        HBox row = new HBox(10, fLabel, functionField, presetLabel, presets);
        row.setAlignment(Pos.CENTER_LEFT);
        functionError.setId("functionError");
        functionError.getStyleClass().addAll("field-error", "field-error-bubble", "function-error");
        // Over the window under the field, so the lesson below does not jump when it comes and goes.
        functionError.setManaged(false);
        functionError.setVisible(false);
        functionError.setMouseTransparent(true);
        NumberField.ErrorBubble bubble = new NumberField.ErrorBubble(functionField, functionError);
        functionError.textProperty().addListener((obs, old, message) -> bubble.update());
        lessonText.getStyleClass().add("lesson-text");
        lessonText.setWrapText(true);
        lessonText.managedProperty().bind(lessonText.visibleProperty());
        lessonText.visibleProperty().bind(lessonText.textProperty().isNotEmpty());
        VBox top = new VBox(4, row, lessonText);
        top.getStyleClass().add("lesson-top");
        return top;
    }

    /** The teacher's lock: everything but the guess, Step, Reveal and the score. */
    private void lockWith(javafx.beans.value.ObservableBooleanValue locked) {
        // The sweep and the basin map load a rate and a start into the lesson when clicked: locked too.
        LessonParts.lock(locked, java.util.List.of(functionField, presets, learningRate, optimizer, startField,
                sweepButton, basinButton, compareButton));
        playback.lockWith(locked);
    }

    private StackPane buildChartArea() {
        OverlayChart chartNode = chart.node();
        chartNode.setPainter(ghostLayer);
        StackPane area = LessonParts.withBanner(chartNode, banner, "divergedBanner", Pos.TOP_CENTER, 16);
        LessonColumns.leastLines(area, statusLine, 9, 40);
        return area;
    }

    private ScrollPane buildSidebar() {
        Label startTitle = new Label("Start w₀ (or click the chart)");
        startTitle.getStyleClass().add("control-title");
        startField.textField().setId("startField");
        startField.textField().setTooltip(new Tooltip("Where the run starts; clicking or dragging on the chart sets it too"));
        VBox box = new VBox(14, predictPanel, learningRate, optimizer, new VBox(4, startTitle, startField), playback,
                readout, buildExplore());
        box.getStyleClass().add("sidebar");
        box.setPrefWidth(360);
        return LessonColumns.sidebar(box, this);
    }

    private VBox buildExplore() {
        Label title = new Label("Explore");
        title.getStyleClass().add("control-title");
        sweepButton.setId("sweepButton");
        sweepButton.setTooltip(new Tooltip("Final f(w) and steps taken for 201 learning rates, from this start"));
        basinButton.setId("basinButton");
        basinButton.setTooltip(new Tooltip("Which minimum each start reaches at each learning rate"));
        compareButton.setId("compareButton");
        compareButton.setTooltip(new Tooltip("Up to four runs side by side: other optimizers or rates, from this start"));
        FlowPane buttons = new FlowPane(8, 8, sweepButton, basinButton, compareButton);
        return new VBox(4, title, buttons);
    }

    /** Shows a snapshot: numbers, status, banner, table scroll. Drawing of the layer follows. */
    void show(DescentSnapshot snapshot, RefreshSchedule panels) {
        if (panels.due(0)) {
            readout.show(snapshot);
        }
        if (panels.due(3)) {
            statusLine.setText(StatusText.line(snapshot, readout.isHidingNext()));
            banner.setText(StatusText.banner(snapshot));
        }
        ewma.show(snapshot.ewma());
        chart.node().requestPaint();
    }
}
