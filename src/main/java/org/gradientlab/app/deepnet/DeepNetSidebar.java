package org.gradientlab.app.deepnet;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.gradientlab.app.controls.LearningRateControl;
import org.gradientlab.app.controls.LessonColumns;
import org.gradientlab.app.controls.OptimizerPanel;
import org.gradientlab.app.controls.PlaybackBar;
import org.gradientlab.app.predict.PredictPanel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The Deep network lesson's sidebar: Predict, the learning rate, the optimizer, Step phase and playback. */
final class DeepNetSidebar {

    final PredictPanel predictPanel;
    final Button stepPhase = new Button("Step phase: forward pass", new FontIcon(MaterialDesignS.SHOE_PRINT));
    final PlaybackBar playback;
    private final ScrollPane node;

    DeepNetSidebar(DeepNetModel model, javafx.scene.layout.Region lesson) {
        predictPanel = new PredictPanel(model.session().predict());
        LearningRateControl rate = new LearningRateControl(model.session().learningRateProperty());
        OptimizerPanel optimizer = new OptimizerPanel(model.session().optimizerProperty());
        stepPhase.setId("deepStepPhase");
        stepPhase.setMaxWidth(Double.MAX_VALUE);
        stepPhase.setFocusTraversable(false);
        stepPhase.getStyleClass().add("phase-button");
        stepPhase.setTooltip(new Tooltip("One phase at a time: forward pass, cost, backward pass, update (P)"));
        playback = new PlaybackBar(model.session());
        var locked = model.session().predict().lockedProperty();
        for (var control : new javafx.scene.Node[] {rate, optimizer}) {
            control.disableProperty().bind(Bindings.createBooleanBinding(locked::get, locked));
        }
        playback.lockWith(locked);
        VBox box = new VBox(14, predictPanel, rate, optimizer, stepPhase, playback);
        box.getStyleClass().add("sidebar");
        box.setPrefWidth(370);
        node = LessonColumns.sidebar(box, lesson);
    }

    ScrollPane node() {
        return node;
    }
}
