package org.gradientlab.app.controls;

import java.util.function.DoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.ComboWidth;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.optim.Schedule;

/**
 * The learning-rate schedule of SPEC section 2 (part of the optimizer's settings): the kind and only
 * the numbers that kind uses. A bad number is answered under its field and changes nothing. Shared by
 * every lesson, inside the {@link OptimizerPanel}: its {@link #chooser()} beside the optimizer's, its
 * {@link #fields()} under the optimizer's numbers.
 */
public final class ScheduleControl {

    /** The tooltip of the kind: what each does, with its formula. */
    static final String FORMULAS = """
            Update t (t = 1 for the first) uses η_t = η · m(t) · min(1, t/W) in place of η
            constant: m = 1, the same rate every update
            step: m = γ^⌊(t−1)/D⌋, the rate times γ every D updates
            exp: m = γ^(t−1), the rate times γ every update
            cosine: m = r + (1−r)·(1 + cos(π·min(t−1, D)/D))/2, from η down to r·η over D updates, then r·η
            warm-up W: the rate rises in a straight line over the first W updates (0: no warm-up)
            A fresh optimizer (Reset, or Branch from here with another one) counts t from 1 again""";

    private final ComboBox<String> kind = new ComboBox<>();
    private final DoubleProperty gamma = new SimpleDoubleProperty();
    private final DoubleProperty decaySteps = new SimpleDoubleProperty();
    private final DoubleProperty minRatio = new SimpleDoubleProperty();
    private final DoubleProperty warmup = new SimpleDoubleProperty();
    private final VBox chooser;
    private final GridPane numbers = new GridPane();
    private final ObjectProperty<OptimizerSettings> settings;
    private boolean syncing;
    private Schedule.Kind shownKind;
    private boolean shownWarmup;

    /** @param settings the optimizer whose schedule is edited; each change makes new settings */
    public ScheduleControl(ObjectProperty<OptimizerSettings> settings) {
        this.settings = settings;
        Label title = new Label("Schedule");
        title.getStyleClass().add("control-title");
        title.setTooltip(new Tooltip(FORMULAS));
        kind.setId("scheduleBox");
        ComboWidth.fitWidest(kind);
        kind.getItems().setAll(Schedule.Kind.NAMES);
        kind.setTooltip(new Tooltip(FORMULAS));
        chooser = new VBox(4, title, kind);
        chooser.getStyleClass().add("schedule-control");
        numbers.getStyleClass().add("parameter-grid");
        numbers.managedProperty().bind(numbers.visibleProperty());
        show(settings.get().schedule());
        settings.addListener((obs, old, now) -> show(now.schedule()));
        kind.valueProperty().addListener((obs, old, name) -> {
            if (!syncing && name != null) {
                edit();
            }
        });
        for (DoubleProperty p : new DoubleProperty[] {gamma, decaySteps, minRatio, warmup}) {
            p.addListener((obs, old, now) -> {
                if (!syncing) {
                    edit();
                }
            });
        }
    }

    /** The title and the kind chooser, to stand beside the optimizer's own chooser. */
    public Node chooser() {
        return chooser;
    }

    /**
     * The numbers the kind uses, one a row: γ (step, exp), D (step, cosine), r (cosine) and the warm-up
     * W (every kind but constant, and constant too once a warm-up is set). Empty and taking no room for
     * the constant rate, so it costs the sidebar no height until a schedule is chosen.
     */
    public Node fields() {
        return numbers;
    }

    private void edit() {
        Schedule schedule = new Schedule(Schedule.Kind.parse(kind.getValue()), gamma.get(), (long) decaySteps.get(),
                minRatio.get(), (long) warmup.get());
        settings.set(settings.get().withSchedule(schedule));
    }

    private void show(Schedule now) {
        syncing = true;
        kind.setValue(now.kind().label());
        gamma.set(now.gamma());
        decaySteps.set(now.decaySteps());
        minRatio.set(now.minRatio());
        warmup.set(now.warmup());
        syncing = false;
        boolean withWarmup = now.kind() != Schedule.Kind.CONSTANT || now.warmup() != 0;
        if (now.kind() == shownKind && withWarmup == shownWarmup) {
            return;
        }
        shownKind = now.kind();
        shownWarmup = withWarmup;
        numbers.getChildren().clear();
        int index = 0;
        if (shownKind == Schedule.Kind.STEP || shownKind == Schedule.Kind.EXP) {
            row(index++, "γ", "gamma", gamma, ScheduleControl::checkGamma, shownKind == Schedule.Kind.STEP
                    ? "The rate is multiplied by γ every D updates: m = γ^⌊(t−1)/D⌋ (below 1 it shrinks)"
                    : "The rate is multiplied by γ every update: m = γ^(t−1) (below 1 it shrinks)");
        }
        if (shownKind == Schedule.Kind.STEP || shownKind == Schedule.Kind.COSINE) {
            row(index++, "D", "decaySteps", decaySteps, ScheduleControl::checkDecaySteps, shownKind == Schedule.Kind.STEP
                    ? "Updates between two drops by γ"
                    : "Updates from η down to r·η; after them the rate stays r·η");
        }
        if (shownKind == Schedule.Kind.COSINE) {
            row(index++, "r", "minRatio", minRatio, ScheduleControl::checkMinRatio,
                    "Where the cosine ends, as a share of η: r·η (0 to 1)");
        }
        if (withWarmup) {
            row(index++, "W", "warmup", warmup, ScheduleControl::checkWarmup,
                    "Warm-up: over the first W updates the rate is multiplied by t/W, rising to the full rate; 0 for none");
        }
        numbers.setVisible(index > 0);
    }

    private void row(int index, String name, String id, DoubleProperty value, DoubleFunction<String> check, String tip) {
        Label label = new Label(name);
        label.setTooltip(new Tooltip(tip));
        numbers.addRow(index, label, field(id, value, check, tip));
    }

    private static NumberField field(String id, DoubleProperty value, DoubleFunction<String> check, String tip) {
        NumberField field = new NumberField(value, check);
        field.textField().setId("schedule-" + id);
        field.textField().setPrefColumnCount(6);
        field.textField().setTooltip(new Tooltip(tip));
        return field;
    }

    /** Why γ is not allowed, or null: above 0 (above 1 the rate grows), at most 10. */
    public static String checkGamma(double gamma) {
        return gamma > 0 && gamma <= 10 ? null : "γ must be above 0 and at most 10";
    }

    /** Why D is not allowed, or null: a whole number of updates, at least 1. */
    public static String checkDecaySteps(double steps) {
        return isWhole(steps) && steps >= 1 ? null : "D must be a whole number of updates, at least 1";
    }

    /** Why r is not allowed, or null: a share of η from 0 to 1. */
    public static String checkMinRatio(double ratio) {
        return ratio >= 0 && ratio <= 1 ? null : "r must be from 0 to 1";
    }

    /** Why W is not allowed, or null: a whole number of updates, 0 for no warm-up. */
    public static String checkWarmup(double steps) {
        return isWhole(steps) && steps >= 0 ? null : "W must be a whole number of updates, 0 for none";
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) <= 1e12;
    }
}
