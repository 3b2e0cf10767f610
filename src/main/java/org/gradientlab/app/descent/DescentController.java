package org.gradientlab.app.descent;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.input.KeyEvent;
import org.gradientlab.app.controls.LessonKeys;
import org.gradientlab.app.descent.chart.DescentLayer;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.descent.model.DescentSnapshot;
import org.gradientlab.app.descent.model.Preset;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.app.runner.RefreshSchedule;
import org.gradientlab.engine.descent.DescentState;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * Turns a person's gestures in the Descent lesson into model commands: typing a function, picking
 * a preset, clicking the chart, the keys. It also pulls the runner's newest snapshot once a frame
 * and hands it to the view.
 */
public final class DescentController {

    /** Speeds up to this many steps a second animate every step. */
    static final double GLIDE_SPEED = 5;
    /** A placed guess this many pixels from the true w counts as right, however small the step. */
    static final double GUESS_PIXELS = 4;

    private final DescentModel model;
    private final DescentView view;
    private final DoubleProperty startEdit;
    private final FrameTimer puller;
    private final ExploreWindows explore;
    /** Which number panels show the next snapshot (they take turns at full speed). */
    private final RefreshSchedule panels = new RefreshSchedule();

    /** Creates the lesson: model, view and the wiring between them. */
    public static DescentController create(DescentModel model) {
        DoubleProperty startEdit = new SimpleDoubleProperty(model.startWProperty().get());
        return new DescentController(model, new DescentView(model, startEdit), startEdit);
    }

    private DescentController(DescentModel model, DescentView view, DoubleProperty startEdit) {
        this.model = model;
        this.view = view;
        this.startEdit = startEdit;
        wireFunction();
        wireChart();
        wirePredict();
        explore = new ExploreWindows(model, view);
        view.sweepButton.setOnAction(e -> explore.showSweep());
        view.basinButton.setOnAction(e -> explore.showBasin());
        view.compareButton.setOnAction(e -> explore.showCompare());
        startEdit.addListener((obs, old, w) -> {
            if (w.doubleValue() != model.startWProperty().get()) {
                model.setStart(w.doubleValue());
            }
        });
        model.startWProperty().addListener((obs, old, w) -> {
            startEdit.set(w.doubleValue());
            showStartMarker();
        });
        model.session().optimizerProperty().addListener((obs, old, settings) -> showRunningOptimizer());
        // The arrow is the run's next step: while a new optimizer waits for Branch, still the old one's.
        model.session().timeline().positionProperty().addListener((obs, old, at) -> showRunningOptimizer());
        model.session().optimizerBranch().hintOn(view.timeline);
        model.session().snapshotProperty().addListener((obs, old, snapshot) -> showSnapshot(old, snapshot));
        showFunction(true);
        if (model.session().snapshotProperty().get() != null) {
            showSnapshot(null, model.session().snapshotProperty().get());
        }
        puller = FrameTimer.of(now -> model.session().pullSnapshot());
        puller.start();
    }

    private void wireFunction() {
        view.functionField.setText(model.functionProperty().get().source());
        view.functionField.setOnAction(e -> {
            if (model.setFunction(view.functionField.getText()) == null) {
                view.chart.node().requestFocus();
            }
        });
        view.functionError.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> pointAt(model.functionErrorProperty().get()), model.functionErrorProperty()));
        view.functionField.textProperty().addListener((obs, old, text) -> {
            if (!model.functionErrorProperty().get().isEmpty()) {
                view.functionField.getStyleClass().remove("error");
            }
        });
        model.functionErrorProperty().addListener((obs, old, error) -> {
            view.functionField.getStyleClass().remove("error");
            if (!error.isEmpty()) {
                view.functionField.getStyleClass().add("error");
                view.functionField.requestFocus();
                int column = columnOf(error);
                if (column > 0) {
                    view.functionField.positionCaret(Math.min(column - 1, view.functionField.getLength()));
                }
            }
        });
        view.presets.getItems().setAll(model.presets());
        view.presets.setValue(model.presetProperty().get());
        view.presets.setOnAction(e -> {
            Preset chosen = view.presets.getValue();
            if (chosen != null && chosen != model.presetProperty().get()) {
                model.applyPreset(chosen);
            }
        });
        model.functionProperty().addListener((obs, old, f) -> showFunction(true));
        model.presetProperty().addListener((obs, old, preset) -> {
            view.presets.setValue(preset);
            view.lessonText.setText(lessonText(preset));
        });
        view.lessonText.setText(lessonText(model.presetProperty().get()));
    }

    private static String lessonText(Preset preset) {
        return preset == null ? "Your own f(w): click the chart to choose a start, then Step or Play." : preset.lesson();
    }

    /** The message under the column it names: "      ^ unexpected ')' at column 7" (the field is monospaced). */
    static String pointAt(String message) {
        int column = columnOf(message);
        return message.isEmpty() || column < 1 ? message : " ".repeat(column - 1) + "^ " + message;
    }

    /** The column in an "... at column N" message, or 0. */
    static int columnOf(String message) {
        int at = message.lastIndexOf("at column ");
        if (at < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(message.substring(at + "at column ".length()).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void wireChart() {
        view.chart.node().setOnPick((w, y, dragging) -> pick(w));
        view.chart.node().setOnFit(() -> showFunction(false));
        showRunningOptimizer();
    }

    /** A click or drag on the chart: the ghost marker while a landing is asked, else the start (unless locked). */
    private void pick(double w) {
        PredictMode predict = model.session().predict();
        if (predict.askingProperty().get() && predict.questionProperty().get().isPlaced()) {
            predict.guessProperty().set(new double[] {w});
        } else if (!predict.lockedProperty().get()) {
            model.setStart(w);
        }
    }

    /** Predict mode: the ghost follows the guess; a new question clears it; the next step is hidden while on. */
    private void wirePredict() {
        PredictMode predict = model.session().predict();
        view.predictPanel.revealButton().setOnAction(e -> reveal());
        predict.guessProperty().addListener((obs, old, guess) -> {
            if (guess != null) {
                view.layer.setGuess(guess[0], model.functionProperty().get().value(guess[0]));
                view.chart.node().requestPaint();
            }
        });
        predict.askingProperty().addListener((obs, old, asking) -> {
            if (asking) {
                view.layer.setGuess(Double.NaN, Double.NaN);
                view.chart.node().requestPaint();
            }
        });
        // While the mode is on the next step stays hidden: after a reveal it would answer the next question.
        predict.onProperty().addListener((obs, old, on) -> {
            view.layer.setGuess(Double.NaN, Double.NaN);
            view.layer.setHidingNext(on);
            view.readout.setHidingNext(on);
            showSnapshot(null, model.session().snapshotProperty().get());
        });
    }

    /** Reveal: a guess within 4 pixels of the truth counts as right even when the step is tiny. */
    void reveal() {
        model.reveal(GUESS_PIXELS * view.chart.node().dataPerPixelX());
    }

    /** The step arrow's formula and the table's rate title follow the optimizer the run uses now. */
    private void showRunningOptimizer() {
        view.layer.setStepFormula(stepFormula());
        view.table.showScheduled(!model.session().optimizerBranch().running().schedule().isConstant());
    }

    private String stepFormula() {
        OptimizerSettings running = model.session().optimizerBranch().running();
        boolean scheduled = !running.schedule().isConstant();
        if (running.kind() == OptimizerKind.GD) {
            return scheduled ? "−η_t·f′(w)" : "−η·f′(w)";
        }
        return "(" + running.name() + (scheduled ? ", η_t" : "") + ")";
    }

    private void showFunction(boolean fresh) {
        Expression f = model.functionProperty().get();
        view.functionField.setText(f.source());
        Preset preset = model.presetProperty().get();
        double w0 = model.startWProperty().get();
        double lower = preset != null ? preset.lower() : Math.min(-5, w0 - 1);
        double upper = preset != null ? preset.upper() : Math.max(5, w0 + 1);
        if (fresh || !view.chart.node().userViewProperty().get()) {
            view.chart.show(f, Math.min(lower, w0 - 0.5), Math.max(upper, w0 + 0.5), f.value(w0));
        }
        showStartMarker();
    }

    private void showStartMarker() {
        double w0 = model.startWProperty().get();
        view.layer.setStart(w0, model.functionProperty().get().value(w0));
        view.chart.node().requestPaint();
    }

    private void showSnapshot(DescentSnapshot old, DescentSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        DescentState now = snapshot.current();
        boolean oneStep = old != null && Math.abs(now.step() - old.current().step()) == 1;
        double speed = model.session().speedProperty().get();
        double glide = 0;
        if (oneStep && (!snapshot.playing() || speed <= GLIDE_SPEED)) {
            glide = snapshot.playing() ? Math.min(DescentLayer.GLIDE_SECONDS, 0.8 / speed) : DescentLayer.GLIDE_SECONDS;
        }
        view.layer.show(snapshot, glide);
        view.chart.follow(now.w());
        panels.next(snapshot.playing(), speed);
        view.show(snapshot, panels);
    }

    /**
     * The lesson's keys: Space play/pause, Right step, Left step back, R reset, + and - the rate.
     * Returns true if the key was used.
     */
    public boolean handleKey(KeyEvent e) {
        return LessonKeys.handle(e, model.session(), model.session().learningRateProperty(), model.session().predict(), this::reveal);
    }

    /** The lesson's root node. */
    public DescentView view() {
        return view;
    }

    /** The lesson's model. */
    public DescentModel model() {
        return model;
    }

    /** Stops pulling snapshots and the runner. */
    public void close() {
        puller.stop();
        explore.close();
        model.close();
    }

    /** The explore windows (sweep and basin map). */
    public ExploreWindows explore() {
        return explore;
    }

    /** The value the start field edits (kept in step with the model's start). */
    DoubleProperty startEdit() {
        return startEdit;
    }
}
