package org.gradientlab.app.surface;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gradientlab.app.chart.GhostPainter;
import org.gradientlab.app.controls.LeadRow;
import org.gradientlab.app.controls.LessonParts;
import org.gradientlab.app.controls.LearningRateControl;
import org.gradientlab.app.controls.NumberField;
import org.gradientlab.app.controls.OptimizerPanel;
import org.gradientlab.app.controls.PlaybackBar;
import org.gradientlab.app.controls.LessonColumns;
import org.gradientlab.app.controls.TimelineBar;
import org.gradientlab.app.look.ComboWidth;
import org.gradientlab.app.predict.PredictPanel;
import org.gradientlab.app.runner.RefreshSchedule;

/**
 * The Surface lesson's nodes: the function field and presets on top; the contour map and the 3-D
 * surface side by side, the table of steps below them; the controls beside. Builds and binds; the
 * controller attaches the gestures.
 */
final class SurfaceView extends BorderPane {

    /** The largest noise the slider reaches (the field takes more). */
    static final double NOISE_SLIDER_MAX = 20;

    final TextField functionField = new TextField();
    final Label functionError = new Label();
    final ComboBox<SurfacePreset> presets = new ComboBox<>();
    final ComboBox<SurfaceLayer.Arrow> arrow = new ComboBox<>();
    final Label lessonText = new Label();
    final SurfaceHeatMap map;
    final SurfaceLayer layer = new SurfaceLayer();
    final GhostPainter ghostLayer = new GhostPainter(layer, 0, 1);
    final SurfacePlot3D plot3d = new SurfacePlot3D();
    final Label banner = new Label();
    final LearningRateControl learningRate;
    final OptimizerPanel optimizer;
    final NumberField startW1Field;
    final NumberField startW2Field;
    final Slider noiseSlider = new Slider(0, NOISE_SLIDER_MAX, 0);
    final NumberField noiseField;
    final NumberField seedField;
    final PlaybackBar playback;
    final SurfaceReadout readout = new SurfaceReadout();
    final SurfaceStepTable table;
    final Label statusLine = new Label();
    final TimelineBar timeline;
    final PredictPanel predictPanel;
    final javafx.scene.control.Button compareButton = new javafx.scene.control.Button("Race optimizers…");

    SurfaceView(SurfaceModel model, SurfaceEdits edits) {
        getStyleClass().add("lesson");
        map = new SurfaceHeatMap(model.session().runners().tasks("surface-map"));
        learningRate = new LearningRateControl(model.session().learningRateProperty());
        optimizer = new OptimizerPanel(model.session().optimizerProperty());
        startW1Field = new NumberField(edits.startW1(), SurfaceModel::checkStart);
        startW2Field = new NumberField(edits.startW2(), SurfaceModel::checkStart);
        noiseField = new NumberField(edits.noise(), SurfaceModel::checkNoise);
        seedField = new NumberField(edits.seed(), SurfaceEdits::checkSeed);
        playback = new PlaybackBar(model.session());
        table = new SurfaceStepTable(model.rows());
        timeline = new TimelineBar(model.session().timeline(), model.session().learningRateProperty());
        timeline.whenGhostChanges(ghostLayer::setGhost);
        timeline.offWhile(model.session().predict().onProperty());
        predictPanel = new PredictPanel(model.session().predict());
        lockWith(model.session().predict().lockedProperty());
        setTop(buildTop());
        SplitPane pictures = new SplitPane(buildMapArea(), plot3d);
        pictures.setDividerPositions(0.55);
        SplitPane split = new SplitPane(pictures, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.74);
        VBox.setVgrow(split, Priority.ALWAYS);
        LessonColumns.leastLines(table, statusLine, 8, 8);
        setCenter(LessonColumns.main(new VBox(split, timeline)));
        setRight(buildSidebar());
        LessonParts.statusLine(statusLine, "statusLine");
        setBottom(statusLine);
    }

    private VBox buildTop() {
        Label fLabel = LessonParts.functionField(functionField, "f(w1, w2) =", "surfaceFunctionField",
                "Type any f(w1, w2) and press Enter (x and y work too), e.g. "
                + "w1^2 + 10*w2^2, sin(w1)*cos(w2).\nFunctions: sin cos tan exp log sqrt abs tanh sigmoid; pi, e; ^ for powers");
        presets.setId("surfacePresetBox");
        LessonParts.presetCell(presets, SurfacePreset::name);
        presets.setTooltip(new Tooltip("Ready-made surfaces, each showing one idea"));
        arrow.setId("arrowBox");
        ComboWidth.fitWidest(arrow);
        arrow.getItems().setAll(SurfaceLayer.Arrow.values());
        arrow.setValue(SurfaceLayer.Arrow.STEP);
        arrow.setTooltip(new Tooltip("What the arrow at the point shows"));
        // The field keeps room for a function such as the presets' and grows into the rest of the line; in
        // a narrow row (large text, a small window) Preset and Arrow go under it instead of squeezing it.
        functionField.setPrefColumnCount(16);
        functionField.setMinWidth(Region.USE_PREF_SIZE);
        HBox function = new HBox(10, fLabel, functionField);
        function.setAlignment(Pos.CENTER_LEFT);
        HBox choices = new HBox(10, pair("Preset", presets), pair("Arrow", arrow));
        choices.setAlignment(Pos.CENTER_LEFT);
        LeadRow row = new LeadRow(10, function, choices);
        functionError.setId("surfaceFunctionError");
        functionError.getStyleClass().addAll("field-error", "function-error");
        functionError.managedProperty().bind(functionError.visibleProperty());
        functionError.visibleProperty().bind(functionError.textProperty().isNotEmpty());
        functionError.translateXProperty().bind(functionField.layoutXProperty());
        lessonText.getStyleClass().add("lesson-text");
        lessonText.setWrapText(true);
        VBox top = new VBox(4, row, functionError, lessonText);
        top.getStyleClass().add("lesson-top");
        return top;
    }

    /** The teacher's lock: everything but the guess, Step, Reveal and the score. */
    private void lockWith(ObservableBooleanValue locked) {
        LessonParts.lock(locked, java.util.List.of(functionField, presets, learningRate, optimizer, startW1Field,
                startW2Field, noiseSlider, noiseField, seedField, compareButton));
        playback.lockWith(locked);
    }

    private StackPane buildMapArea() {
        map.node().setPainter(ghostLayer);
        StackPane area = LessonParts.withBanner(map.node(), banner, "divergedBanner", Pos.TOP_CENTER, 16);
        area.setMinSize(200, 200);
        return area;
    }

    private ScrollPane buildSidebar() {
        startW1Field.textField().setId("startW1Field");
        startW2Field.textField().setId("startW2Field");
        HBox start = new HBox(8, fieldName("w1"), startW1Field, fieldName("w2"), startW2Field);
        start.setAlignment(Pos.CENTER_LEFT);
        noiseSlider.setId("noiseSlider");
        noiseSlider.setTooltip(new Tooltip("Noise S: each update uses g + S·z, z an approximate standard normal per "
                + "coordinate (a stochastic gradient); 0 for the exact gradient"));
        noiseField.textField().setId("noiseField");
        seedField.textField().setId("seedField");
        noiseField.textField().setPrefColumnCount(5);
        seedField.textField().setPrefColumnCount(5);
        HBox.setHgrow(noiseSlider, Priority.ALWAYS);
        HBox noiseRow = new HBox(8, noiseSlider, noiseField);
        HBox seedRow = new HBox(8, fieldName("seed"), seedField);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(14, predictPanel, learningRate, optimizer,
                new VBox(4, title("Start (or click the map)"), start),
                new VBox(4, title("Gradient noise S"), noiseRow, seedRow), playback, readout,
                new VBox(4, title("Explore"), compareButton));
        compareButton.setId("compareButton");
        compareButton.setTooltip(new Tooltip("Up to four optimizers or rates racing from this start, on the same map"));
        box.getStyleClass().add("sidebar");
        box.setPrefWidth(360);
        return LessonColumns.sidebar(box, this);
    }

    /** A short name before a field, never cut to "…". */
    private static Label fieldName(String text) {
        Label name = new Label(text);
        name.setMinWidth(Region.USE_PREF_SIZE);
        return name;
    }

    /** A name and its box, kept together on one line of a flow. */
    private static HBox pair(String name, Node box) {
        HBox pair = new HBox(10, fieldName(name), box);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("control-title");
        return title;
    }

    /** Shows a snapshot: numbers, status, banner; the layers draw at the next frame. */
    void show(SurfaceSnapshot snapshot, RefreshSchedule panels) {
        if (panels.due(0)) {
            readout.show(snapshot);
        }
        if (panels.due(3)) {
            statusLine.setText(SurfaceReadout.line(snapshot, readout.isHidingNext()));
            banner.setText(SurfaceReadout.banner(snapshot));
        }
        map.node().requestPaint();
        plot3d.show(snapshot);
    }

}
