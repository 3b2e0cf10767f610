package org.gradientlab.app.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.ComboWidth;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * The optimizer and the hyperparameters it uses (only those are shown), and under them its learning-rate
 * schedule ({@link ScheduleControl}); shared by every lesson.
 */
public final class OptimizerPanel extends VBox {

    private final ComboBox<String> choice = new ComboBox<>();
    private final DoubleProperty beta = new SimpleDoubleProperty();
    private final DoubleProperty rho = new SimpleDoubleProperty();
    private final DoubleProperty beta1 = new SimpleDoubleProperty();
    private final DoubleProperty beta2 = new SimpleDoubleProperty();
    private final DoubleProperty eps = new SimpleDoubleProperty();
    private final GridPane parameters = new GridPane();
    private final ObjectProperty<OptimizerSettings> settings;
    private boolean syncing;
    private OptimizerKind shownKind;

    /** @param settings the optimizer edited; each change makes new settings */
    public OptimizerPanel(ObjectProperty<OptimizerSettings> settings) {
        this.settings = settings;
        getStyleClass().add("optimizer-panel");
        Label title = new Label("Optimizer");
        title.getStyleClass().add("control-title");
        choice.setId("optimizerBox");
        ComboWidth.fitWidest(choice);
        choice.getItems().setAll(OptimizerSettings.NAMES);
        choice.setTooltip(new Tooltip("gd: w ← w − η·g\nmomentum: v ← β·v + (1−β)·g (an EWMA of gradients); w ← w − η·v\n"
                + "rmsprop: divides by the root of an EWMA of g²\nadam: momentum and rmsprop, bias-corrected\n"
                + "adagrad: divides by the root of the sum of every g² so far"));
        parameters.getStyleClass().add("parameter-grid");
        ScheduleControl schedule = new ScheduleControl(settings);
        HBox choosers = new HBox(12, new VBox(4, title, choice), schedule.chooser());
        getChildren().addAll(choosers, parameters, schedule.fields());
        setSpacing(4);
        show(settings.get());
        settings.addListener((obs, old, now) -> show(now));
        choice.valueProperty().addListener((obs, old, name) -> {
            if (!syncing && name != null) {
                settings.set(settings.get().withName(name));
            }
        });
        for (DoubleProperty p : new DoubleProperty[] {beta, rho, beta1, beta2, eps}) {
            p.addListener((obs, old, now) -> {
                if (!syncing) {
                    settings.set(new OptimizerSettings(settings.get().kind(), beta.get(), rho.get(), beta1.get(),
                            beta2.get(), eps.get(), settings.get().schedule()));
                }
            });
        }
    }

    private void show(OptimizerSettings now) {
        syncing = true;
        choice.setValue(now.name());
        beta.set(now.beta());
        rho.set(now.rho());
        beta1.set(now.beta1());
        beta2.set(now.beta2());
        eps.set(now.eps());
        syncing = false;
        if (now.kind() == shownKind) {
            return;
        }
        shownKind = now.kind();
        parameters.getChildren().clear();
        switch (now.kind()) {
            case MOMENTUM -> row(0, "β", beta, "EWMA factor: about the last 1/(1−β) gradients count");
            case RMSPROP -> {
                row(0, "ρ", rho, "EWMA factor of the squared gradients");
                row(1, "ε", eps, "Keeps the division finite");
            }
            case ADAM -> {
                row(0, "β₁", beta1, "EWMA factor of the gradients");
                row(1, "β₂", beta2, "EWMA factor of the squared gradients");
                row(2, "ε", eps, "Keeps the division finite");
            }
            case ADAGRAD -> row(0, "ε", eps, "Keeps the division finite");
            case GD -> { }
        }
    }

    private void row(int index, String name, DoubleProperty value, String tip) {
        NumberField field = new NumberField(value, name.startsWith("ε") ? OptimizerPanel::checkEps : OptimizerPanel::checkFactor);
        field.textField().setId("param-" + name);
        field.textField().setTooltip(new Tooltip(tip));
        Label label = new Label(name);
        label.setTooltip(new Tooltip(tip));
        parameters.addRow(index, label, field);
    }

    /** Why a factor (beta, rho, beta1, beta2) is not allowed, or null: an EWMA factor lies in [0, 1). */
    public static String checkFactor(double factor) {
        return factor >= 0 && factor < 1 ? null : "must be at least 0 and below 1";
    }

    /** Why eps is not allowed, or null. */
    public static String checkEps(double eps) {
        return eps > 0 && eps <= 1 ? null : "must be above 0 and at most 1";
    }
}
