package org.gradientlab.app.network;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gradientlab.app.chart.TraceChart;
import org.gradientlab.app.controls.LessonParts;
import org.gradientlab.app.controls.LearningRateControl;
import org.gradientlab.app.controls.LessonColumns;
import org.gradientlab.app.controls.NumberField;
import org.gradientlab.app.controls.OptimizerPanel;
import org.gradientlab.app.controls.PlaybackBar;
import org.gradientlab.app.controls.TimelineBar;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.look.ComboWidth;
import org.gradientlab.app.network.model.NetworkData;
import org.gradientlab.app.network.model.NetworkModel;
import org.gradientlab.app.predict.PredictPanel;
import org.gradientlab.engine.network.Cost;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Network lesson's nodes: the data and cost on top, the diagram with the chain rule under it,
 * the controls and the gradient check beside it, the cost and parameters over steps below.
 */
public final class NetworkView extends BorderPane {

    final ComboBox<NetworkData> dataChoice = new ComboBox<>();
    final Button loadCsv = new Button("Open CSV…", new FontIcon(MaterialDesignF.FOLDER_OPEN));
    final NumberField xField;
    final NumberField yField;
    final HBox pairFields;
    final ComboBox<Cost> costChoice = new ComboBox<>();
    final Label dataError = new Label();
    final NetworkDiagram diagram = new NetworkDiagram();
    final ChainRulePanel chainRule = new ChainRulePanel();
    final GradientCheckPanel check = new GradientCheckPanel();
    final Button stepPhase = new Button("Step phase", new FontIcon(MaterialDesignS.SHOE_PRINT));
    final NumberField[] startFields = new NumberField[4];
    final Label banner = new Label();
    final Label statusLine = new Label();
    final PredictPanel predictPanel;
    final TraceChart costChart = new TraceChart("Cost over steps", "C",
            List.of(new TraceChart.Line("cost", ChartPalette::point, false)), 0);
    /** Layer 1 in the positive colour, layer 2 in the negative one; biases dashed, so each line is told apart without colour. */
    final TraceChart paramChart = new TraceChart("Parameters over steps", "value", List.of(
            new TraceChart.Line("w1", ChartPalette::positive, false), new TraceChart.Line("b1", ChartPalette::positive, true),
            new TraceChart.Line("w2", ChartPalette::negative, false), new TraceChart.Line("b2", ChartPalette::negative, true)), 1);

    final TimelineBar timeline;

    /** Builds the lesson's nodes over its model. */
    public NetworkView(NetworkModel model) {
        getStyleClass().add("lesson");
        xField = new NumberField(model.xProperty(), v -> null);
        yField = new NumberField(model.yProperty(),
                y -> model.costProperty().get().acceptsTarget(y) ? null : "xent needs y from 0 to 1");
        xField.textField().setPrefColumnCount(5);
        yField.textField().setPrefColumnCount(5);
        pairFields = new HBox(8, new Label("x"), xField, new Label("y"), yField);
        pairFields.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < 4; i++) {
            startFields[i] = new NumberField(model.startProperty(i), NetworkView::checkParameter);
        }
        predictPanel = new PredictPanel(model.session().predict());
        setTop(buildTop());
        timeline = new TimelineBar(model.session().timeline(), model.session().learningRateProperty());
        timeline.whenGhostChanges(costChart::showGhost);
        timeline.offWhile(model.session().predict().onProperty());
        model.session().optimizerBranch().hintOn(timeline);
        SplitPane split = new SplitPane(buildDiagramArea(), chainRuleArea(), buildCharts());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55, 0.78);
        // Under the lesson's main view only: the sidebar keeps its full height.
        VBox.setVgrow(split, Priority.ALWAYS);
        // Large text in a short window: the diagram keeps a readable least height and the lesson scrolls.
        setCenter(LessonColumns.main(new VBox(split, timeline)));
        setRight(buildSidebar(model));
        LessonParts.statusLine(statusLine, "networkStatus");
        setBottom(statusLine);
    }

    /** The teacher's lock: the data, the cost, the starting parameters, the rate, the optimizer and Play. */
    private void lockWith(ObservableBooleanValue locked, PlaybackBar playback, LearningRateControl rate,
                          OptimizerPanel optimizer) {
        List<Node> controls = new ArrayList<>(List.of(dataChoice, loadCsv, xField, yField, costChoice, rate, optimizer));
        controls.addAll(List.of(startFields));
        LessonParts.lock(locked, controls);
        playback.lockWith(locked);
    }

    /** Why a starting parameter is not allowed, or null. */
    public static String checkParameter(double value) {
        return Math.abs(value) <= 100 ? null : "a parameter must be between -100 and 100";
    }

    private VBox buildTop() {
        dataChoice.setId("dataChoice");
        ComboWidth.fitWidest(dataChoice);
        dataChoice.setTooltip(new Tooltip("What the network learns: one pair you choose, the NOT gate, a small curve, "
                + "or a CSV file with columns x,y"));
        loadCsv.setId("loadCsvButton");
        loadCsv.setTooltip(new Tooltip("Open a CSV file with a header x,y and one pair per line"));
        xField.textField().setId("xField");
        xField.textField().setTooltip(new Tooltip("The input x of the single pair"));
        yField.textField().setId("yField");
        yField.textField().setTooltip(new Tooltip("The target y of the single pair (the output ŷ lies between 0 and 1)"));
        costChoice.setId("costChoice");
        ComboWidth.fitWidest(costChoice);
        costChoice.getItems().setAll(Cost.values());
        costChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Cost cost) {
                return cost == null ? "" : cost == Cost.MSE ? "mse (squared error)" : "xent (cross-entropy)";
            }

            @Override
            public Cost fromString(String text) {
                return Cost.parse(text.split(" ")[0]);
            }
        });
        costChoice.setTooltip(new Tooltip("mse: C = (ŷ − y)²/2;  xent: C = −(y ln ŷ + (1 − y) ln(1 − ŷ))"));
        HBox dataBox = new HBox(10, new Label("Data"), dataChoice, loadCsv);
        dataBox.setAlignment(Pos.CENTER_LEFT);
        HBox costBox = new HBox(10, new Label("Cost"), costChoice);
        costBox.setAlignment(Pos.CENTER_LEFT);
        // Large text in a small window: the row wraps rather than cutting its words short.
        FlowPane row = new FlowPane(14, 6, dataBox, pairFields, costBox);
        row.setAlignment(Pos.CENTER_LEFT);
        dataError.setId("dataError");
        dataError.getStyleClass().add("field-error");
        dataError.setWrapText(true);
        dataError.managedProperty().bind(dataError.visibleProperty());
        dataError.visibleProperty().bind(dataError.textProperty().isNotEmpty());
        VBox top = new VBox(4, row, dataError);
        top.getStyleClass().add("lesson-top");
        return top;
    }

    private StackPane buildDiagramArea() {
        StackPane area = LessonParts.withBanner(diagram, banner, "networkBanner", Pos.BOTTOM_CENTER, 12);
        LessonColumns.leastLines(area, statusLine, 8, 20);
        return area;
    }

    private ScrollPane chainRuleArea() {
        ScrollPane scroll = LessonColumns.live(new ScrollPane(chainRule));
        scroll.setFitToWidth(true);
        chainRule.setPadding(new Insets(8, 14, 8, 14));
        // The heading and a few lines of the chain rule at every text size.
        LessonColumns.leastLines(scroll, statusLine, 5, 20);
        return scroll;
    }

    private HBox buildCharts() {
        HBox charts = new HBox(costChart.node(), paramChart.node());
        HBox.setHgrow(costChart.node(), Priority.ALWAYS);
        HBox.setHgrow(paramChart.node(), Priority.ALWAYS);
        LessonColumns.leastLines(charts, statusLine, 7, 40);
        return charts;
    }

    private ScrollPane buildSidebar(NetworkModel model) {
        LearningRateControl rate = new LearningRateControl(model.session().learningRateProperty());
        rate.showScheduledRate(model.session().scheduledRateProperty());
        OptimizerPanel optimizer = new OptimizerPanel(model.session().optimizerProperty());
        Label startTitle = new Label("Starting parameters");
        startTitle.getStyleClass().add("control-title");
        GridPane starts = new GridPane();
        starts.getStyleClass().add("parameter-grid");
        String[] names = {"w1", "b1", "w2", "b2"};
        for (int i = 0; i < 4; i++) {
            startFields[i].textField().setId("start-" + names[i]);
            startFields[i].textField().setTooltip(new Tooltip("The starting " + names[i] + "; a change restarts the run"));
            starts.addRow(i, new Label(names[i]), startFields[i]);
        }
        stepPhase.setId("stepPhaseButton");
        stepPhase.setMaxWidth(Double.MAX_VALUE);
        stepPhase.setFocusTraversable(false);
        stepPhase.getStyleClass().add("phase-button");
        stepPhase.setTooltip(new Tooltip("One phase at a time: forward pass, cost, backward pass, update (P)"));
        PlaybackBar playback = new PlaybackBar(model.session());
        lockWith(model.session().predict().lockedProperty(), playback, rate, optimizer);
        VBox box = new VBox(14, predictPanel, rate, optimizer, new VBox(4, startTitle, starts), stepPhase, playback, check);
        box.getStyleClass().add("sidebar");
        box.setPrefWidth(370);
        return LessonColumns.sidebar(box, this);
    }
}
