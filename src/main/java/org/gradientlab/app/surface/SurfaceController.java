package org.gradientlab.app.surface;

import javafx.scene.input.KeyEvent;
import org.gradientlab.app.compare.CompareWindow;
import org.gradientlab.app.controls.FunctionErrors;
import org.gradientlab.app.controls.LessonKeys;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.app.runner.RefreshSchedule;
import org.gradientlab.engine.expr.SurfaceExpression;

/**
 * Turns a person's gestures in the Surface lesson into model commands (typing a function, a
 * preset, a click on the map, the start, the noise, the keys), and pulls the runner's newest
 * snapshot once a frame for the view.
 */
final class SurfaceController {

    /** Speeds up to this many steps a second animate every step. */
    static final double GLIDE_SPEED = 5;
    /** A placed guess this many pixels from the true point counts as right, however small the step. */
    static final double GUESS_PIXELS = 5;
    /** The view around the start of a function of one's own: this far each way, at least. */
    static final double OWN_VIEW = 5;

    private final SurfaceModel model;
    private final SurfaceView view;
    private final SurfaceEdits edits;
    private final FrameTimer puller;
    private final RefreshSchedule panels = new RefreshSchedule();
    private CompareWindow compare;

    static SurfaceController create(SurfaceModel model) {
        SurfaceEdits edits = SurfaceEdits.of(model);
        return new SurfaceController(model, new SurfaceView(model, edits), edits);
    }

    private SurfaceController(SurfaceModel model, SurfaceView view, SurfaceEdits edits) {
        this.model = model;
        this.view = view;
        this.edits = edits;
        wireFunction();
        wireMap();
        wireStartAndNoise();
        wirePredict();
        model.session().optimizerBranch().hintOn(view.timeline);
        view.compareButton.setOnAction(e -> showCompare());
        model.session().snapshotProperty().addListener((obs, old, snapshot) -> showSnapshot(old, snapshot));
        showFunction();
        if (model.session().snapshot() != null) {
            showSnapshot(null, model.session().snapshot());
        }
        puller = FrameTimer.of(now -> model.session().pullSnapshot());
        puller.start();
    }

    private void wireFunction() {
        view.functionField.setText(model.functionProperty().get().source());
        view.functionField.setOnAction(e -> {
            if (model.setFunction(view.functionField.getText()) == null) {
                view.map.node().requestFocus();
            }
        });
        FunctionErrors.attach(view.functionField, view.functionError, model.functionErrorProperty());
        view.presets.getItems().setAll(model.presets());
        view.presets.setValue(model.presetProperty().get());
        view.presets.setOnAction(e -> {
            SurfacePreset chosen = view.presets.getValue();
            if (chosen != null && chosen != model.presetProperty().get()) {
                model.applyPreset(chosen);
            }
        });
        model.functionProperty().addListener((obs, old, f) -> showFunction());
        model.presetProperty().addListener((obs, old, preset) -> {
            view.presets.setValue(preset);
            view.lessonText.setText(lessonText(preset));
        });
        view.lessonText.setText(lessonText(model.presetProperty().get()));
        view.arrow.setOnAction(e -> {
            view.layer.setArrow(view.arrow.getValue());
            view.map.node().requestPaint();
        });
    }

    private static String lessonText(SurfacePreset preset) {
        return preset == null ? "Your own f(w1, w2): click the map to choose a start, then Step or Play." : preset.lesson();
    }

    private void wireMap() {
        view.map.node().setOnPick((w1, w2, dragging) -> pick(w1, w2));
        view.map.node().setOnFit(this::showFunction);
        view.map.setOnViewChange(() -> view.plot3d.show(model.functionProperty().get(), view.map.box()));
    }

    /** A click or drag on the map: the guess while a landing is asked, else the start (unless locked). */
    private void pick(double w1, double w2) {
        PredictMode predict = model.session().predict();
        if (predict.askingProperty().get() && predict.questionProperty().get().isPlaced()) {
            predict.guessProperty().set(new double[] {w1, w2});
        } else if (!predict.lockedProperty().get()) {
            model.setStart(w1, w2);
        }
    }

    private void wireStartAndNoise() {
        edits.startW1().addListener((obs, old, w) -> {
            if (w.doubleValue() != model.startW1Property().get()) {
                model.setStart(w.doubleValue(), model.startW2Property().get());
            }
        });
        edits.startW2().addListener((obs, old, w) -> {
            if (w.doubleValue() != model.startW2Property().get()) {
                model.setStart(model.startW1Property().get(), w.doubleValue());
            }
        });
        model.startW1Property().addListener((obs, old, w) -> showStart());
        model.startW2Property().addListener((obs, old, w) -> showStart());
        view.noiseSlider.setValue(Math.min(SurfaceView.NOISE_SLIDER_MAX, model.noiseProperty().get()));
        view.noiseSlider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                edits.noise().set(sliderNoise());
            }
        });
        view.noiseSlider.valueProperty().addListener((obs, old, s) -> {
            if (!view.noiseSlider.isValueChanging()
                    && sliderNoise() != Math.min(SurfaceView.NOISE_SLIDER_MAX, edits.noise().get())) {
                edits.noise().set(sliderNoise());
            }
        });
        edits.noise().addListener((obs, old, s) -> model.setNoise(s.doubleValue()));
        edits.seed().addListener((obs, old, seed) -> model.setSeed((long) seed.doubleValue()));
        model.noiseProperty().addListener((obs, old, s) -> {
            edits.noise().set(s.doubleValue());
            if (!view.noiseSlider.isValueChanging()) {
                view.noiseSlider.setValue(Math.min(SurfaceView.NOISE_SLIDER_MAX, s.doubleValue()));
            }
        });
        model.seedProperty().addListener((obs, old, seed) -> edits.seed().set(seed.doubleValue()));
    }

    /** The slider's noise to a tenth: a value a person can read back and type again. */
    private double sliderNoise() {
        return Math.round(view.noiseSlider.getValue() * 10) / 10.0;
    }

    private void showStart() {
        edits.startW1().set(model.startW1Property().get());
        edits.startW2().set(model.startW2Property().get());
        view.layer.setStart(model.startW1Property().get(), model.startW2Property().get());
        view.map.node().requestPaint();
    }

    /** Predict mode: the guess marker follows the guess; the next step is hidden while the mode is on. */
    private void wirePredict() {
        PredictMode predict = model.session().predict();
        view.predictPanel.revealButton().setOnAction(e -> reveal());
        predict.guessProperty().addListener((obs, old, guess) -> {
            view.layer.setGuess(guess);
            view.map.node().requestPaint();
        });
        predict.askingProperty().addListener((obs, old, asking) -> {
            if (asking) {
                view.layer.setGuess(null);
                view.map.node().requestPaint();
            }
        });
        predict.onProperty().addListener((obs, old, on) -> {
            view.layer.setGuess(null);
            view.layer.setHidingNext(on);
            view.readout.setHidingNext(on);
            showSnapshot(null, model.session().snapshot());
        });
    }

    /** Reveal: a guess within a few pixels of the truth counts as right even when the step is tiny. */
    void reveal() {
        model.reveal(GUESS_PIXELS * view.map.node().dataPerPixelX());
    }

    /** The function's own view: the preset's box, or one around the start. */
    private void showFunction() {
        SurfaceExpression f = model.functionProperty().get();
        view.functionField.setText(f.source());
        SurfacePreset preset = model.presetProperty().get();
        double w1 = model.startW1Property().get();
        double w2 = model.startW2Property().get();
        double[] box = preset != null ? preset.view().clone()
                : new double[] {Math.min(-OWN_VIEW, w1 - 1), Math.max(OWN_VIEW, w1 + 1),
                        Math.min(-OWN_VIEW, w2 - 1), Math.max(OWN_VIEW, w2 + 1)};
        view.map.show(f, box);
        showStart();
    }

    private void showSnapshot(SurfaceSnapshot old, SurfaceSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        boolean oneStep = old != null && Math.abs(snapshot.step() - old.step()) == 1;
        double speed = model.session().speedProperty().get();
        double glide = 0;
        if (oneStep && (!snapshot.playing() || speed <= GLIDE_SPEED)) {
            glide = snapshot.playing() ? Math.min(SurfaceLayer.GLIDE_SECONDS, 0.8 / speed) : SurfaceLayer.GLIDE_SECONDS;
        }
        view.layer.show(snapshot, glide);
        panels.next(snapshot.playing(), speed);
        view.show(snapshot, panels);
    }

    /** Space play/pause, Right step, Left step back, R reset, + and - the rate; true if the key was used. */
    boolean handleKey(KeyEvent e) {
        return LessonKeys.handle(e, model.session(), model.session().learningRateProperty(), model.session().predict(),
                this::reveal);
    }

    SurfaceView view() {
        return view;
    }

    SurfaceModel model() {
        return model;
    }

    /** Opens the race of optimizers, seeded with the lesson's function, start, noise and settings now. */
    CompareWindow showCompare() {
        if (compare == null) {
            compare = new CompareWindow(new SurfaceCompare(model, view.map::box), model.session().runners(),
                    "Compare runs: Surface", "f", view.getScene().getWindow());
        }
        compare.show();
        return compare;
    }

    void close() {
        puller.stop();
        if (compare != null) {
            compare.close();
        }
        model.close();
    }
}
