package org.gradientlab.app.regression;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gradientlab.app.chart.GhostPainter;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.chart.TraceChart;
import org.gradientlab.app.controls.LessonParts;
import org.gradientlab.app.controls.LessonColumns;
import org.gradientlab.app.controls.TimelineBar;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.predict.PredictPanel;
import org.gradientlab.app.regression.chart.ContourChart;
import org.gradientlab.app.regression.chart.ContourLayer;
import org.gradientlab.app.regression.chart.ScatterChart;
import org.gradientlab.app.regression.chart.ScatterLayer;
import org.gradientlab.app.regression.model.BatchMode;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.regression.model.RegressionSnapshot;
import org.gradientlab.app.runner.RefreshSchedule;

/**
 * The Regression lesson's nodes: the data row on top; the data with the line and the loss surface
 * with the path side by side; the update rule with its numbers and the loss over steps below; the
 * controls beside them and the status line at the bottom. Builds and binds; the controller
 * attaches the gestures.
 */
public final class RegressionView extends BorderPane {

    final DataBar dataBar;
    final ScatterChart scatter = new ScatterChart();
    final ScatterLayer scatterLayer = new ScatterLayer(scatter);
    final ContourChart contour = new ContourChart();
    final ContourLayer contourLayer = new ContourLayer();
    final UpdateRulePanel rule = new UpdateRulePanel();
    final TraceChart lossChart = new TraceChart(null, "loss",
            List.of(new TraceChart.Line("loss", ChartPalette::point, false)), RegressionSnapshot.LOSS);
    final CheckBox logScale = new CheckBox("log scale");
    final RegressionSidebar sidebar;
    final Label banner = new Label();
    final Label statusLine = new Label();
    final PredictPanel predictPanel;
    final TimelineBar timeline;
    /** The contours' light layer under which a branch's ghost path (w0, w1) is drawn. */
    final GhostPainter ghostPath;

    /** Builds the lesson's nodes over its model. */
    public RegressionView(RegressionModel model) {
        getStyleClass().add("lesson");
        dataBar = new DataBar(model.generator());
        sidebar = new RegressionSidebar(model);
        sidebar.batchFields.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.batchModeProperty().get().usesSeed(), model.batchModeProperty()));
        sidebar.batchFields.managedProperty().bind(sidebar.batchFields.visibleProperty());
        sidebar.batchSize.visibleProperty().bind(model.batchModeProperty().isEqualTo(BatchMode.MINI_BATCH));
        sidebar.batchSize.managedProperty().bind(sidebar.batchSize.visibleProperty());
        sidebar.batchMode.valueProperty().bindBidirectional(model.batchModeProperty());
        sidebar.reduction.valueProperty().bindBidirectional(model.reductionProperty());
        sidebar.scaleX.selectedProperty().bindBidirectional(model.scaleXProperty());
        predictPanel = new PredictPanel(model.session().predict());
        ghostPath = new GhostPainter(contourLayer, RegressionSnapshot.W0, RegressionSnapshot.W1);
        timeline = new TimelineBar(model.session().timeline(), model.session().learningRateProperty());
        timeline.whenGhostChanges(ghost -> {
            ghostPath.setGhost(ghost);
            lossChart.showGhost(ghost);
            contour.node().requestPaint();
        });
        timeline.offWhile(model.session().predict().onProperty());
        model.session().optimizerBranch().hintOn(timeline);
        sidebar.getChildren().add(0, predictPanel);
        lockWith(model.session().predict().lockedProperty());
        setTop(dataBar);
        SplitPane split = new SplitPane(buildCharts(), buildBottom());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.69);
        // Under the lesson's main view only: the sidebar keeps its full height.
        VBox.setVgrow(split, Priority.ALWAYS);
        setCenter(LessonColumns.main(new VBox(split, timeline)));
        ScrollPane scroll = LessonColumns.sidebar(sidebar, this);
        sidebar.setPrefWidth(360);
        setRight(scroll);
        LessonParts.statusLine(statusLine, "regressionStatus");
        setBottom(statusLine);
    }

    /**
     * The teacher's lock: the data (also point edits, see PointEditor), the settings, the start, Play
     * and the rate sweep (a click there loads a rate into the lesson).
     */
    private void lockWith(ObservableBooleanValue locked) {
        LessonParts.lock(locked, List.<Node>of(dataBar, sidebar.learningRate, sidebar.batchMode, sidebar.batchFields,
                sidebar.reduction, sidebar.scaleX, sidebar.optimizer, sidebar.startW0, sidebar.startW1,
                sidebar.sweepButton, sidebar.compareButton));
        sidebar.playback.lockWith(locked);
    }

    private StackPane buildCharts() {
        OverlayChart scatterNode = scatter.node();
        scatterNode.setPainter(scatterLayer);
        OverlayChart contourNode = contour.node();
        contourNode.setPainter(ghostPath);
        tip(scatterNode, "Click empty space: add a point · drag a point: move it · right-click a point: remove it\n"
                + "Wheel: zoom · Shift+drag or the middle button: pan · double-click: the automatic view");
        tip(contourNode, "Click or drag: choose the start (w0, w1); the run restarts from there\n"
                + "Wheel: zoom · right-drag or Shift+drag: pan · double-click: the automatic view");
        HBox charts = new HBox(8, titled("The data and the line h(x) = w0 + w1·x", scatterNode),
                titled("The loss over (w0, w1) and the path the run took", contourNode));
        for (javafx.scene.Node chart : charts.getChildren()) {
            HBox.setHgrow(chart, Priority.ALWAYS);
        }
        StackPane area = LessonParts.withBanner(charts, banner, "regressionBanner", Pos.BOTTOM_CENTER, 16);
        LessonColumns.leastLines(area, statusLine, 10, 60);
        return area;
    }

    private static void tip(OverlayChart chart, String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(javafx.util.Duration.seconds(1.5));
        Tooltip.install(chart, tooltip);
    }

    /** A chart's heading: it wraps onto more lines rather than being cut to "The data and t…" at large text. */
    private static Label heading(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        return heading;
    }

    private static VBox titled(String title, OverlayChart chart) {
        VBox box = new VBox(2, heading(title), chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setPrefWidth(100);
        return box;
    }

    private HBox buildBottom() {
        logScale.setId("lossLogScale");
        logScale.setTooltip(new Tooltip("Show the loss on a log scale: the slow creep near the end becomes a straight line"));
        logScale.setFocusTraversable(false);
        logScale.setSelected(true);
        lossChart.setLogScale(true);
        Label heading = heading("The loss over steps");
        logScale.setMinWidth(Region.USE_PREF_SIZE);
        // The check box goes under the heading when the column is narrow; the heading wraps in it.
        FlowPane header = new FlowPane(16, 2, heading, logScale);
        heading.maxWidthProperty().bind(header.widthProperty().subtract(10));
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 10, 0, 0));
        VBox loss = new VBox(2, header, lossChart.node());
        VBox.setVgrow(lossChart.node(), Priority.ALWAYS);
        rule.setPadding(new Insets(8, 14, 8, 14));
        ScrollPane ruleScroll = LessonColumns.live(new ScrollPane(rule));
        // Long numbers scroll sideways rather than being cut short.
        ruleScroll.setFitToWidth(false);
        ruleScroll.getStyleClass().add("rule-scroll");
        HBox bottom = new HBox(ruleScroll, loss);
        HBox.setHgrow(ruleScroll, Priority.ALWAYS);
        HBox.setHgrow(loss, Priority.ALWAYS);
        ruleScroll.setPrefWidth(640);
        ruleScroll.setMinWidth(300);
        loss.setPrefWidth(340);
        loss.setMinWidth(220);
        LessonColumns.leastLines(bottom, statusLine, 7, 40);
        return bottom;
    }

    /** Shows a snapshot's words and numbers; the charts' layers follow. */
    void show(RegressionSnapshot s, RefreshSchedule panels) {
        if (panels.due(1)) {
            rule.show(s.rule(), s.setup().data().size());
        }
        if (panels.due(4)) {
            statusLine.setText(RegressionText.status(s));
            banner.setText(RegressionText.banner(s));
            sidebar.valley.setText(RegressionText.valley(s.setup()));
            dataBar.description.setText(s.setup().data().describe());
        }
        lossChart.show(s.trace());
    }
}
