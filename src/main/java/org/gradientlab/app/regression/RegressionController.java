package org.gradientlab.app.regression;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.controls.LessonKeys;
import org.gradientlab.app.predict.PredictMode;
import org.gradientlab.app.regression.explore.RegressionCompare;
import org.gradientlab.app.regression.explore.RegressionSweep;
import org.gradientlab.app.regression.model.RegressionData;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.regression.model.RegressionSnapshot;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.app.runner.RefreshSchedule;

/**
 * Turns gestures in the Regression lesson into model commands: points added, moved and removed on
 * the scatter plot, the start chosen on the loss surface, data generated or read on a background
 * task, the keys. It pulls the runner's snapshots once a frame and hands them to the view.
 */
public final class RegressionController {

    /** A placed guess this many pixels from the true (w0, w1) counts as right, however small the step. */
    static final double GUESS_PIXELS = 4;

    private final RegressionModel model;
    private final RegressionView view;
    private final DataTasks dataTasks;
    private final RegressionSweep sweep;
    private final FrameTimer puller;
    /** Which number panels show the next snapshot (they take turns at full speed). */
    private final RefreshSchedule panels = new RefreshSchedule();
    /** Data that came from Generate or a file, not from an edit: their first picture gets the automatic views. */
    private RegressionData freshData;
    /** The compare window, made when first asked for. */
    private org.gradientlab.app.compare.CompareWindow compare;

    /** Creates the lesson: model, view and the wiring between them. */
    public static RegressionController create(RegressionModel model) {
        // Started before the charts' timers, so a snapshot pulled in a frame is painted in that frame.
        FrameTimer puller = FrameTimer.of(now -> model.session().pullSnapshot());
        puller.start();
        return new RegressionController(model, new RegressionView(model), puller);
    }

    private RegressionController(RegressionModel model, RegressionView view, FrameTimer puller) {
        this.model = model;
        this.view = view;
        this.puller = puller;
        new PointEditor(model, view.scatter);
        view.contour.node().setOnPick((w0, w1, dragging) -> pick(w0, w1));
        wirePredict();
        view.contour.node().setOnFit(view.contour::fit);
        dataTasks = new DataTasks(model.generator(), view.dataBar, model.session().runners().tasks("regression-data"), data -> {
            freshData = data;
            model.setData(data);
        });
        view.dataBar.generate.setOnAction(e -> dataTasks.generate());
        view.dataBar.openCsv.setOnAction(e -> chooseCsv());
        view.dataBar.cancel.setOnAction(e -> dataTasks.cancel());
        sweep = new RegressionSweep(model, () -> view.getScene().getWindow());
        view.sidebar.sweepButton.setOnAction(e -> sweep.show());
        view.sidebar.compareButton.setOnAction(e -> showCompare());
        view.logScale.selectedProperty().addListener((obs, old, log) -> view.lossChart.setLogScale(log));
        model.session().snapshotProperty().addListener((obs, old, snapshot) -> show(snapshot));
        show(model.session().snapshotProperty().get());
    }

    /** A click on the loss surface: the guess while a landing is asked, else the start (unless locked). */
    private void pick(double w0, double w1) {
        PredictMode predict = model.session().predict();
        if (predict.askingProperty().get() && predict.questionProperty().get().isPlaced()) {
            predict.guessProperty().set(new double[] {w0, w1});
        } else if (!predict.lockedProperty().get()) {
            model.setStart(w0, w1);
        }
    }

    /** Predict mode: the ghost follows the guess; while the mode is on, the next step's arrow and numbers are hidden. */
    private void wirePredict() {
        PredictMode predict = model.session().predict();
        view.predictPanel.revealButton().setOnAction(e -> reveal());
        predict.guessProperty().addListener((obs, old, guess) -> {
            if (guess != null) {
                view.contourLayer.setGuess(guess);
                view.contour.node().requestPaint();
            }
        });
        predict.askingProperty().addListener((obs, old, asking) -> {
            if (asking) {
                view.contourLayer.setGuess(null);
                view.contour.node().requestPaint();
            }
        });
        // While the mode is on the next step stays hidden: after a reveal it would answer the next question.
        predict.onProperty().addListener((obs, old, on) -> {
            view.contourLayer.setGuess(null);
            view.contourLayer.setHidingNext(on);
            show(model.session().snapshotProperty().get());
        });
    }

    /** Reveal: a guess within 4 pixels of the truth counts as right even when the step is tiny. */
    void reveal() {
        OverlayChart chart = view.contour.node();
        double perPixel = Math.max(chart.dataPerPixelX(), Math.abs(chart.toDataY(1) - chart.toDataY(0)));
        model.reveal(GUESS_PIXELS * perPixel);
    }

    private void chooseCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a data file (CSV with columns x,y)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(view.getScene().getWindow());
        if (file != null) {
            load(file.toPath());
        }
    }

    /** Reads a data file on a background task; a bad file is answered in words and the data stay. */
    public void load(Path file) {
        dataTasks.load(file);
    }

    /** Makes data from the generator's fields on a background task. */
    public void generate() {
        dataTasks.generate();
    }

    private void show(RegressionSnapshot s) {
        if (s == null) {
            return;
        }
        RegressionData data = s.setup().data();
        boolean fresh = data == freshData;
        if (fresh) {
            freshData = null;
            view.scatter.node().userViewProperty().set(false);
            view.contour.node().userViewProperty().set(false);
        }
        view.scatter.show(data, fresh);
        view.contour.show(s.setup(), s.rule());
        view.contour.follow(s.current().w0(), s.current().w1());
        view.scatterLayer.show(s);
        view.contourLayer.show(s);
        panels.next(s.playing(), model.session().speedProperty().get());
        view.show(s, panels);
        // Before the first step the rule panel shows the next update: not while it is being guessed.
        view.rule.setVisible(!(model.session().predict().onProperty().get() && s.rule() != null && !s.rule().taken()));
        view.scatter.node().requestPaint();
        view.contour.node().requestPaint();
    }

    /**
     * The lesson's keys: Space play/pause, Right step, Left step back, R reset, + and - the rate.
     * Returns true if the key was used.
     */
    public boolean handleKey(KeyEvent e) {
        return LessonKeys.handle(e, model.session(), model.session().learningRateProperty(), model.session().predict(), this::reveal);
    }

    /** The lesson's root node. */
    public RegressionView view() {
        return view;
    }

    /** The lesson's model. */
    public RegressionModel model() {
        return model;
    }

    /** Opens the compare window, seeded with the lesson's data, start and settings as they are now. */
    org.gradientlab.app.compare.CompareWindow showCompare() {
        if (compare == null) {
            compare = new org.gradientlab.app.compare.CompareWindow(new RegressionCompare(model),
                    model.session().runners(),
                    "Compare runs: Regression", "loss", view.getScene().getWindow());
        }
        compare.show();
        return compare;
    }

    /** The compare window, or null before it was first opened. */
    org.gradientlab.app.compare.CompareWindow compareWindow() {
        return compare;
    }

    /** Stops pulling snapshots, the data task and the runner. */
    public void close() {
        puller.stop();
        if (compare != null) {
            compare.close();
        }
        dataTasks.cancel();
        sweep.close();
        model.close();
    }

    /** The learning-rate sweep and its window. */
    RegressionSweep sweep() {
        return sweep;
    }
}
