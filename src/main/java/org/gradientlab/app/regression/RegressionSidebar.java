package org.gradientlab.app.regression;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gradientlab.app.controls.LearningRateControl;
import org.gradientlab.app.controls.NumberField;
import org.gradientlab.app.controls.OptimizerPanel;
import org.gradientlab.app.controls.PlaybackBar;
import org.gradientlab.app.look.ComboWidth;
import org.gradientlab.app.regression.model.BatchMode;
import org.gradientlab.app.regression.model.GeneratorSettings;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.engine.regression.Reduction;

/**
 * The Regression lesson's controls: the rate, the batch mode with its size and seed, the
 * reduction, Scale x with why it matters, the optimizer, the start and the playback; the rate
 * sweep under the rate.
 */
final class RegressionSidebar extends VBox {

    final LearningRateControl learningRate;
    final ComboBox<BatchMode> batchMode = new ComboBox<>();
    final NumberField batchSize;
    final NumberField seed;
    final HBox batchFields;
    final ComboBox<Reduction> reduction = new ComboBox<>();
    final CheckBox scaleX = new CheckBox("Scale x  (x′ = (x − mean) / sd)");
    final Label valley = new Label();
    final OptimizerPanel optimizer;
    final NumberField startW0;
    final NumberField startW1;
    final PlaybackBar playback;
    final Button sweepButton = new Button("Rate sweep…");
    final Button compareButton = new Button("Compare runs…");

    /** A label that keeps its whole text when the column is tight. */
    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    RegressionSidebar(RegressionModel model) {
        getStyleClass().add("sidebar");
        learningRate = new LearningRateControl(model.session().learningRateProperty());
        learningRate.showScheduledRate(model.session().scheduledRateProperty());
        optimizer = new OptimizerPanel(model.session().optimizerProperty());
        playback = new PlaybackBar(model.session());

        batchMode.setId("batchModeBox");
        ComboWidth.fitWidest(batchMode);
        batchMode.getItems().setAll(BatchMode.values());
        batchMode.setTooltip(new Tooltip("Which points each update sums over: all of them (batch gradient descent), "
                + "a mini-batch, or one sample (stochastic); mini-batches follow an order shuffled each epoch from the seed"));
        batchSize = new NumberField(model.miniBatchSizeProperty(), RegressionModel::checkBatchSize);
        batchSize.textField().setId("batchSizeField");
        batchSize.textField().setPrefColumnCount(4);
        batchSize.textField().setTooltip(new Tooltip("Points per mini-batch; the last batch of an epoch takes what is left"));
        seed = new NumberField(model.seedProperty(), GeneratorSettings::checkSeed);
        seed.textField().setId("batchSeedField");
        seed.textField().setPrefColumnCount(4);
        seed.textField().setTooltip(new Tooltip("Seeds the shuffle: the same seed gives the same run"));
        Label sizeLabel = fixed("size");
        sizeLabel.visibleProperty().bind(batchSize.visibleProperty());
        sizeLabel.managedProperty().bind(batchSize.visibleProperty());
        batchFields = new HBox(6, sizeLabel, batchSize, fixed("seed"), seed);
        batchFields.setAlignment(Pos.TOP_LEFT);

        reduction.setId("reductionBox");
        ComboWidth.fitWidest(reduction);
        reduction.getItems().setAll(Reduction.values());
        reduction.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Reduction r) {
                return r == null ? "" : r == Reduction.SUM ? "sum (the textbook rule)" : "mean (sums divided by b)";
            }

            @Override
            public Reduction fromString(String text) {
                return Reduction.of(text.split(" ")[0]);
            }
        });
        reduction.setTooltip(new Tooltip("sum: w0 ← w0 + η·Σ(y − h(x)), loss = Σ(y − h(x))²/2\n"
                + "mean: both sums and the loss divided by the batch size b, so the rate does not depend on n"));
        GridPane batchGrid = new GridPane();
        batchGrid.getStyleClass().add("parameter-grid");
        batchGrid.addRow(0, fixed("Batch"), batchMode);
        batchGrid.add(batchFields, 1, 1);
        batchGrid.addRow(2, fixed("Reduction"), reduction);

        scaleX.setId("scaleXBox");
        scaleX.getStyleClass().add("scale-box");
        // Its formula goes on a second line in a narrow sidebar rather than being cut.
        scaleX.setWrapText(true);
        scaleX.setTooltip(new Tooltip("Train on standardised x (mean 0, standard deviation 1); the line is still drawn "
                + "over the data's own x"));
        valley.setId("valleyText");
        valley.getStyleClass().add("lesson-text");
        valley.setWrapText(true);

        startW0 = new NumberField(model.startW0Property(), RegressionModel::checkStart);
        startW1 = new NumberField(model.startW1Property(), RegressionModel::checkStart);
        startW0.textField().setId("startW0Field");
        startW1.textField().setId("startW1Field");
        startW0.textField().setPrefColumnCount(6);
        startW1.textField().setPrefColumnCount(6);
        startW0.textField().setTooltip(new Tooltip("The intercept the run starts from; a change restarts the run"));
        startW1.textField().setTooltip(new Tooltip("The slope the run starts from; a change restarts the run"));
        Label startTitle = new Label("Start (or click the loss surface)");
        startTitle.getStyleClass().add("control-title");
        HBox starts = new HBox(6, new Label("w0"), startW0, new Label("w1"), startW1);
        starts.setAlignment(Pos.TOP_LEFT);

        sweepButton.setId("regressionSweepButton");
        sweepButton.setTooltip(new Tooltip("Final loss and steps to converge for 201 learning rates, "
                + "with this data, batch mode, optimizer and start"));
        compareButton.setId("compareButton");
        compareButton.setTooltip(new Tooltip("Up to four runs side by side on this loss surface: other optimizers "
                + "or rates, from this start"));
        // Both explorations beside the rate they explore, where they are seen without scrolling (Compare
        // runs was at the foot of the sidebar, below the fold of a 1360x880 window).
        FlowPane explore = new FlowPane(8, 8, sweepButton, compareButton);

        getChildren().addAll(learningRate, explore, batchGrid, new VBox(4, scaleX, valley), optimizer,
                new VBox(4, startTitle, starts), playback);
        setSpacing(14);
    }
}
