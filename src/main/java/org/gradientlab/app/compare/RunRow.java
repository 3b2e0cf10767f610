package org.gradientlab.app.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import org.gradientlab.app.controls.NumberField;
import org.gradientlab.app.controls.OptimizerPanel;
import org.gradientlab.app.look.ComboWidth;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * One run's settings in the compare window: on or off, its colour, the optimizer, the factor that
 * optimizer uses (β, ρ or β₁) and the learning rate. A bad entry is answered under its field and
 * the run keeps its last good settings; a good change calls back so the runs start again.
 */
final class RunRow extends HBox {

    /** The largest rate a run may have, as in the lessons' rate control. */
    static final double MAX_RATE = 10;

    final CheckBox enabled = new CheckBox();
    final Rectangle swatch = new Rectangle(18, 18);
    final ComboBox<String> optimizer = new ComboBox<>();
    final Label factorName = new Label();
    final NumberField factor;
    final NumberField rate;
    final Button remove = new Button("Remove");
    private final BooleanProperty on = new SimpleBooleanProperty(true);
    private final DoubleProperty factorValue = new SimpleDoubleProperty();
    private final DoubleProperty rateValue = new SimpleDoubleProperty();
    /** The hyperparameters the row does not edit (β₂, ε) come from here. */
    private final OptimizerSettings base;

    RunRow(RunSpec spec, Runnable onChange) {
        super(8);
        base = spec.optimizer();
        getStyleClass().add("compare-run-row");
        rateValue.set(spec.learningRate());
        on.set(spec.enabled());
        factor = new NumberField(factorValue, OptimizerPanel::checkFactor);
        rate = new NumberField(rateValue, RunRow::checkRate);
        factor.textField().setPrefColumnCount(4);
        rate.textField().setPrefColumnCount(6);
        optimizer.getItems().setAll(OptimizerSettings.NAMES);
        optimizer.setValue(spec.optimizer().name());
        optimizer.setTooltip(new Tooltip("gd: w ← w − η·g · momentum: an EWMA of gradients · rmsprop · adam"));
        factor.textField().setTooltip(new Tooltip("The optimizer's EWMA factor, at least 0 and below 1"));
        rate.textField().setTooltip(new Tooltip("This run's learning rate η, above 0 and at most 10 (Enter to use it)"));
        enabled.setTooltip(new Tooltip("Include this run"));
        remove.setTooltip(new Tooltip("Remove this run"));
        swatch.getStyleClass().add("compare-swatch");
        showFactor();
        enabled.selectedProperty().bindBidirectional(on);
        on.addListener((obs, old, now) -> onChange.run());
        optimizer.valueProperty().addListener((obs, old, now) -> {
            showFactor();
            onChange.run();
        });
        factorValue.addListener((obs, old, now) -> onChange.run());
        rateValue.addListener((obs, old, now) -> onChange.run());
        Label eta = new Label("η");
        HBox factorBox = new HBox(4, factorName, factor);
        // gd and adagrad have no EWMA factor to edit.
        factorBox.visibleProperty().bind(optimizer.valueProperty().isNotEqualTo(OptimizerKind.GD.cliName())
                .and(optimizer.valueProperty().isNotEqualTo(OptimizerKind.ADAGRAD.cliName())));
        for (javafx.scene.control.Control control : new javafx.scene.control.Control[] {enabled, remove, factorName, eta}) {
            control.setMinWidth(USE_PREF_SIZE);
        }
        optimizer.setMinWidth(140);
        getChildren().addAll(enabled, swatch, optimizer, factorBox, eta, rate, remove);
        setAlignment(Pos.TOP_LEFT);
    }

    /** Why a rate is not allowed, or null. */
    static String checkRate(double rate) {
        return rate > 0 && rate <= MAX_RATE ? null : "the rate must be above 0 and at most 10";
    }

    /** Shows the factor the chosen optimizer uses, with its value. */
    private void showFactor() {
        OptimizerSettings settings = base.withName(optimizer.getValue());
        switch (settings.kind()) {
            case RMSPROP -> {
                factorName.setText("ρ");
                factorValue.set(settings.rho());
            }
            case ADAM -> {
                factorName.setText("β₁");
                factorValue.set(settings.beta1());
            }
            default -> {
                factorName.setText("β");
                factorValue.set(settings.beta());
            }
        }
    }

    /** Numbers its controls (1 to 4) for ids and the colour of its slot. */
    void setSlot(int slot) {
        String n = Integer.toString(slot + 1);
        enabled.setText("Run " + n);
        enabled.setId("compareEnabled" + n);
        optimizer.setId("compareOptimizer" + n);
        ComboWidth.fitWidest(optimizer);
        factor.textField().setId("compareFactor" + n);
        rate.textField().setId("compareRate" + n);
        remove.setId("compareRemove" + n);
        swatch.setFill(RunColours.of(slot));
    }

    /** Whether the run is included. */
    boolean isOn() {
        return on.get();
    }

    /** The run's last good settings. */
    RunSpec spec() {
        OptimizerKind kind = OptimizerKind.parse(optimizer.getValue());
        double f = factorValue.get();
        OptimizerSettings settings = switch (kind) {
            case MOMENTUM -> new OptimizerSettings(kind, f, base.rho(), base.beta1(), base.beta2(), base.eps(), base.schedule());
            case RMSPROP -> new OptimizerSettings(kind, base.beta(), f, base.beta1(), base.beta2(), base.eps(), base.schedule());
            case ADAM -> new OptimizerSettings(kind, base.beta(), base.rho(), f, base.beta2(), base.eps(), base.schedule());
            case GD, ADAGRAD -> base.withKind(kind);
        };
        return new RunSpec(settings, rateValue.get(), on.get());
    }
}
