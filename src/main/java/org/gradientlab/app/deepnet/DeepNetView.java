package org.gradientlab.app.deepnet;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gradientlab.app.chart.TraceChart;
import org.gradientlab.app.controls.LessonParts;
import org.gradientlab.app.controls.NumberField;
import org.gradientlab.app.controls.LessonColumns;
import org.gradientlab.app.controls.TimelineBar;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.look.ComboWidth;
import org.gradientlab.engine.mlp.Activation;
import org.gradientlab.engine.network.Cost;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The Deep network lesson's nodes: the setup on top (data, layers, activation, cost, λ, seed), the
 * network diagram beside the data with its boundary, the cost, accuracy and per-layer gradient
 * size over steps below, the shared controls in the sidebar.
 */
public final class DeepNetView extends BorderPane {

    final ComboBox<DeepNetData> dataChoice = new ComboBox<>();
    final Button loadCsv = new Button("Open CSV…", new FontIcon(MaterialDesignF.FOLDER_OPEN));
    final TextField widths = new TextField();
    final Label widthsError = errorLabel("widthsError");
    final ComboBox<Activation> activationChoice = new ComboBox<>();
    final ComboBox<Cost> costChoice = new ComboBox<>();
    final NumberField l2Field;
    final NumberField seedField;
    final Label dataError = errorLabel("deepDataError");
    final DeepNetDiagram diagram = new DeepNetDiagram();
    final BoundaryPlot plot = new BoundaryPlot();
    final Label banner = new Label();
    final Label statusLine = new Label();
    final Label plotHint = new Label();
    final TraceChart costChart = new TraceChart("Cost", "C",
            List.of(new TraceChart.Line("cost", ChartPalette::point, false)), 0);
    final TraceChart accuracyChart = new TraceChart("Accuracy", "share right",
            List.of(new TraceChart.Line("accuracy", ChartPalette::positive, false)), 1);
    final StackPane gradientArea = new StackPane();
    TraceChart gradientChart;
    final DeepNetSidebar sidebar;
    final TimelineBar timeline;

    /** Builds the lesson's nodes over its model. */
    public DeepNetView(DeepNetModel model) {
        getStyleClass().add("lesson");
        l2Field = new NumberField(model.l2Property(), DeepNetModel::checkL2);
        seedField = new NumberField(model.seedProperty(), DeepNetModel::checkSeed);
        setTop(buildTop());
        timeline = new TimelineBar(model.session().timeline(), model.session().learningRateProperty());
        timeline.whenGhostChanges(costChart::showGhost);
        timeline.offWhile(model.session().predict().onProperty());
        model.session().optimizerBranch().hintOn(timeline);
        SplitPane split = new SplitPane(buildPictures(), buildCharts());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        setCenter(LessonColumns.main(new VBox(split, timeline)));
        sidebar = new DeepNetSidebar(model, this);
        List<Node> locked = new ArrayList<>(List.of(dataChoice, loadCsv, widths, activationChoice, costChoice, l2Field,
                seedField, plot));
        LessonParts.lock(model.session().predict().lockedProperty(), locked);
        setRight(sidebar.node());
        LessonParts.statusLine(statusLine, "deepNetworkStatus");
        setBottom(statusLine);
    }

    /** A chart of |∂C/∂W_l| over steps on a log scale, one line per layer. */
    void showLayers(int layerCount) {
        List<TraceChart.Line> lines = new ArrayList<>();
        List<java.util.function.Function<ChartPalette, javafx.scene.paint.Color>> colours = List.of(
                ChartPalette::positive, ChartPalette::negative, ChartPalette::point, ChartPalette::tangent,
                ChartPalette::curve);
        for (int l = 1; l <= layerCount; l++) {
            lines.add(new TraceChart.Line(l == layerCount ? "out (" + l + ")" : "layer " + l,
                    colours.get((l - 1) % colours.size()), l % 2 == 0));
        }
        gradientChart = new TraceChart("|∂C/∂W| per layer", "|∂C/∂W|", lines,
                DeepNetSnapshot.GNORM_COLUMN);
        gradientChart.setLogScale(true);
        gradientChart.setLegendBelow();
        gradientChart.node().setId("gradientChart");
        gradientArea.getChildren().setAll(gradientChart.node());
    }

    private static Label errorLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private VBox buildTop() {
        dataChoice.setId("deepDataChoice");
        ComboWidth.fitWidest(dataChoice);
        dataChoice.setTooltip(new Tooltip("What the network learns: points in the plane (x1, x2) of class 0 or 1, "
                + "points (x, y) on a line, or a CSV file with columns x,y or x1,x2,y"));
        loadCsv.setId("deepLoadCsv");
        loadCsv.setTooltip(new Tooltip("Open a CSV file with a header x,y or x1,x2,y, y from 0 to 1"));
        widths.setId("widthsField");
        widths.setPrefColumnCount(7);
        widths.setTooltip(new Tooltip("The hidden layers' widths, such as 4,4: up to " + DeepNetSetup.MAX_LAYERS
                + " layers of 1 to " + DeepNetSetup.MAX_WIDTH + " nodes; Enter to apply"));
        activationChoice.setId("activationChoice");
        ComboWidth.fitWidest(activationChoice);
        activationChoice.getItems().setAll(Activation.values());
        activationChoice.setTooltip(new Tooltip("The hidden layers' activation; the output is always a sigmoid"));
        costChoice.setId("deepCostChoice");
        ComboWidth.fitWidest(costChoice);
        costChoice.getItems().setAll(Cost.values());
        costChoice.setTooltip(new Tooltip("mse: C = (ŷ − y)²/2;  xent: C = −(y ln ŷ + (1 − y) ln(1 − ŷ))"));
        l2Field.textField().setId("l2Field");
        l2Field.textField().setPrefColumnCount(5);
        l2Field.textField().setTooltip(new Tooltip("L2: the cost adds λ/2 · (sum of every squared weight)"));
        seedField.textField().setId("seedField");
        seedField.textField().setPrefColumnCount(5);
        seedField.textField().setTooltip(new Tooltip("The seed of the starting weights (SPEC section 7)"));
        FlowPane row = new FlowPane(10, 6, group("Data", dataChoice, loadCsv),
                group("Hidden layers", new VBox(2, widths, widthsError)), group("Activation", activationChoice),
                group("Cost", costChoice), group("L2 λ", l2Field), group("Seed", seedField));
        row.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, row, dataError);
        top.getStyleClass().add("lesson-top");
        return top;
    }

    private static HBox group(String title, Node... controls) {
        HBox group = new HBox(6);
        group.getChildren().add(new Label(title));
        group.getChildren().addAll(controls);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private SplitPane buildPictures() {
        StackPane diagramArea = LessonParts.withBanner(diagram, banner, "deepNetworkBanner", Pos.BOTTOM_CENTER, 12);
        plotHint.setId("plotHint");
        plotHint.getStyleClass().add("hint");
        VBox plotArea = new VBox(4, plot, plotHint);
        plotArea.setPadding(new Insets(4));
        VBox.setVgrow(plot, Priority.ALWAYS);
        LessonColumns.leastLines(diagramArea, statusLine, 8, 20);
        SplitPane pictures = new SplitPane(diagramArea, plotArea);
        pictures.setDividerPositions(0.55);
        return pictures;
    }

    private HBox buildCharts() {
        HBox charts = new HBox(costChart.node(), accuracyChart.node(), gradientArea);
        for (Node chart : charts.getChildren()) {
            HBox.setHgrow(chart, Priority.ALWAYS);
        }
        LessonColumns.leastLines(charts, statusLine, 7, 40);
        return charts;
    }
}
