package org.gradientlab.app.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gradientlab.app.look.Numbers;

/**
 * The learning rate: a slider on a log scale from 1e-4 to 10 and an editable value field, both
 * bound to one property. Shared by every lesson.
 */
public final class LearningRateControl extends VBox {

    /** The smallest rate on offer. */
    public static final double MIN = 1e-4;
    /** The largest rate on offer. */
    public static final double MAX = 10;
    /** The factor that + and - multiply or divide the rate by: ten presses make a factor of 10. */
    public static final double KEY_FACTOR = Math.pow(10, 0.1);

    private final Slider slider = new Slider(Math.log10(MIN), Math.log10(MAX), 0);
    private final NumberField field;
    private boolean syncing;

    /** @param rate the learning rate edited */
    public LearningRateControl(DoubleProperty rate) {
        getStyleClass().add("learning-rate-control");
        Label title = new Label("Learning rate η");
        title.getStyleClass().add("control-title");
        slider.setId("learningRateSlider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double exponent) {
                return Numbers.format(Math.pow(10, Math.round(exponent)));
            }

            @Override
            public Double fromString(String text) {
                return Math.log10(Double.parseDouble(text));
            }
        });
        slider.setTooltip(new Tooltip("Learning rate on a log scale, 0.0001 to 10 (keys + and −)"));
        field = new NumberField(rate, r -> r < MIN || r > MAX
                ? "the learning rate must be between 0.0001 and 10" : null);
        field.textField().setId("learningRateField");
        field.textField().setTooltip(new Tooltip("Type a learning rate and press Enter"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox row = new HBox(8, slider, field);
        row.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(title, row);
        setSpacing(4);

        slider.setValue(Math.log10(rate.get()));
        slider.valueProperty().addListener((obs, old, exponent) -> {
            if (!syncing) {
                syncing = true;
                rate.set(roundRate(Math.pow(10, exponent.doubleValue())));
                syncing = false;
            }
        });
        rate.addListener((obs, old, now) -> {
            if (!syncing) {
                syncing = true;
                slider.setValue(Math.log10(Math.max(MIN, Math.min(MAX, now.doubleValue()))));
                syncing = false;
            }
        });
    }

    /** Rates from the slider keep three significant digits, so the field reads 0.0123, not 0.012302688. */
    static double roundRate(double rate) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", rate));
    }

    /** The slider (for tests and key handling). */
    public Slider slider() {
        return slider;
    }

    /**
     * Shows η_t, the rate the next update uses, under the slider while it is a number (a schedule is
     * on); NaN hides it. A lesson passes its session's {@code scheduledRateProperty()}.
     */
    public void showScheduledRate(ObservableDoubleValue rate) {
        Label readout = new Label();
        readout.setId("scheduledRate");
        readout.getStyleClass().add("scheduled-rate");
        readout.setTooltip(new Tooltip("The rate the next update uses: η times the schedule's factor at its t"));
        readout.managedProperty().bind(readout.visibleProperty());
        Runnable update = () -> {
            double now = rate.get();
            readout.setVisible(Double.isFinite(now));
            readout.setText(Double.isFinite(now) ? "next update: η_t = " + Numbers.format(now, 6) : "");
        };
        rate.addListener((obs, old, now) -> update.run());
        update.run();
        getChildren().add(readout);
    }

    /** The value field. */
    public NumberField field() {
        return field;
    }

    /** The rate after pressing + (up) or − (down), kept in range. */
    public static double nudge(double rate, boolean up) {
        double next = up ? rate * KEY_FACTOR : rate / KEY_FACTOR;
        return roundRate(Math.max(MIN, Math.min(MAX, next)));
    }
}
