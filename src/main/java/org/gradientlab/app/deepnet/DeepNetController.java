package org.gradientlab.app.deepnet;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.gradientlab.app.controls.LessonKeys;
import org.gradientlab.app.lesson.PassPhase;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.app.runner.RefreshSchedule;
import org.gradientlab.engine.mlp.Activation;
import org.gradientlab.engine.mlp.TrainingSet;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.io.DataCsv;

/**
 * Turns gestures in the Deep network lesson into model commands (data, widths, activation, cost,
 * λ, seed, clicks that add points, Step phase, keys, a CSV file read on a background task) and
 * pulls the runner's snapshots once a frame.
 */
public final class DeepNetController {

    private final DeepNetModel model;
    private final DeepNetView view;
    private final FrameTimer puller;
    private final RefreshSchedule panels = new RefreshSchedule();
    private int chartLayers = -1;

    /** Creates the lesson: model, view and the wiring between them. */
    public static DeepNetController create(DeepNetModel model) {
        return new DeepNetController(model, new DeepNetView(model));
    }

    private DeepNetController(DeepNetModel model, DeepNetView view) {
        this.model = model;
        this.view = view;
        wireSetup();
        view.sidebar.stepPhase.setOnAction(e -> model.phases().stepPhase());
        view.sidebar.predictPanel.revealButton().setOnAction(e -> model.reveal());
        view.plot.onAddPoint(model::addPoint);
        model.session().snapshotProperty().addListener((obs, old, now) -> show());
        model.phases().phaseProperty().addListener((obs, old, now) -> show());
        show();
        puller = FrameTimer.of(now -> model.session().pullSnapshot());
        puller.start();
    }

    private void wireSetup() {
        view.dataChoice.getItems().setAll(DeepNetData.BUILT_IN);
        view.dataChoice.setValue(model.dataProperty().get());
        view.dataChoice.setOnAction(e -> {
            DeepNetData chosen = view.dataChoice.getValue();
            if (chosen != null && chosen != model.dataProperty().get()) {
                view.dataError.setText("");
                model.choose(chosen);
            }
        });
        model.dataProperty().addListener((obs, old, data) -> {
            if (!view.dataChoice.getItems().contains(data)) {
                view.dataChoice.getItems().removeIf(d -> !DeepNetData.BUILT_IN.contains(d));
                view.dataChoice.getItems().add(data);
            }
            view.dataChoice.setValue(data);
        });
        view.loadCsv.setOnAction(e -> chooseCsv());
        view.widths.setText(DeepNetSetup.widthsText(model.hiddenProperty().get()));
        view.widths.setOnAction(e -> commitWidths());
        view.widths.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitWidths();
            }
        });
        model.hiddenProperty().addListener((obs, old, now) -> {
            view.widths.setText(DeepNetSetup.widthsText(now));
            view.widthsError.setText("");
        });
        view.activationChoice.setConverter(converter(Activation::label, Activation::parse));
        view.activationChoice.setValue(model.activationProperty().get());
        view.activationChoice.setOnAction(e -> model.activationProperty().set(view.activationChoice.getValue()));
        model.activationProperty().addListener((obs, old, now) -> view.activationChoice.setValue(now));
        view.costChoice.setConverter(converter(Cost::label, Cost::parse));
        view.costChoice.setValue(model.costProperty().get());
        view.costChoice.setOnAction(e -> model.costProperty().set(view.costChoice.getValue()));
        model.costProperty().addListener((obs, old, now) -> view.costChoice.setValue(now));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label,
                                                    java.util.function.Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return parse.apply(text);
            }
        };
    }

    /** The widths typed: taken, or answered under the field with the layers kept. */
    void commitWidths() {
        String problem = model.setWidths(view.widths.getText());
        view.widthsError.setText(problem == null ? "" : problem);
        if (problem == null) {
            view.widths.getStyleClass().remove("error");
        } else if (!view.widths.getStyleClass().contains("error")) {
            view.widths.getStyleClass().add("error");
        }
    }

    private void chooseCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a data file (CSV with columns x,y or x1,x2,y)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(view.getScene().getWindow());
        if (file != null) {
            load(file.toPath());
        }
    }

    /** Reads a data file on a background task; a bad file is answered in words and changes nothing. */
    public void load(Path file) {
        Task<TrainingSet> read = new Task<>() {
            @Override
            protected TrainingSet call() throws Exception {
                return DataCsv.readTrainingSet(file);
            }
        };
        read.setOnSucceeded(e -> {
            view.dataError.setText("");
            TrainingSet set = read.getValue();
            model.choose(new DeepNetData(file.getFileName() + " (" + set.size() + " pairs)", set, null));
        });
        read.setOnFailed(e -> view.dataError.setText(read.getException().getMessage()));
        model.session().runners().tasks("data-loader").execute(read);
    }

    private void show() {
        DeepNetSnapshot s = model.session().snapshot();
        if (s == null) {
            return;
        }
        PassPhase phase = model.phases().phaseProperty().get();
        DeepNetSnapshot before = model.phases().previousProperty().get();
        panels.next(s.playing(), model.session().speedProperty().get());
        if (panels.due(0)) {
            view.diagram.show(s, before, phase);
        }
        if (panels.due(2)) {
            view.plot.show(model.dataProperty().get().set(), s.boundary());
        }
        if (s.layout().layerCount() != chartLayers) {
            chartLayers = s.layout().layerCount();
            view.showLayers(chartLayers);
        }
        view.costChart.show(s.trace());
        view.accuracyChart.show(s.trace());
        view.gradientChart.show(s.trace());
        if (!panels.due(4)) {
            return;
        }
        view.sidebar.stepPhase.setText(phase == PassPhase.ALL || phase == PassPhase.UPDATE
                ? "Step phase: forward pass" : "Step phase: " + phase.next().title().substring(4).toLowerCase());
        boolean plane = model.dataProperty().get().isPlane();
        view.plotHint.setText(plane ? "Click: class 1 (disc) · right click: class 0 (square) · line: ŷ = 0.5"
                : "Click: add a point (x, y) · the curve is ŷ(x)");
        StringBuilder norms = new StringBuilder();
        for (int l = 1; l < s.gradientNorm().length; l++) {
            norms.append(l == 1 ? "" : ", ").append(Numbers.format(s.gradientNorm()[l], 3));
        }
        view.statusLine.setText("Step " + s.step() + "   ·   cost = " + Numbers.format(s.cost(), 6) + "   ·   accuracy = "
                + Numbers.format(100 * s.accuracy(), 4) + "%   ·   |∂C/∂W| per layer: " + norms
                + (Double.isNaN(s.usedRate()) ? "" : "   ·   η_t = " + Numbers.format(s.usedRate(), 4)) + "   ·   phase: "
                + phase.title());
        view.banner.setText(s.diverged() ? "Diverged at step " + s.divergedAt()
                + ": the update would make a value non-finite. Lower the learning rate, or Reset (R)." : "");
    }

    /** The lesson's keys; returns true if the key was used. */
    public boolean handleKey(KeyEvent e) {
        if (e.getCode() == KeyCode.P && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
            model.phases().stepPhase();
            return true;
        }
        return LessonKeys.handle(e, model.session(), model.session().learningRateProperty(), model.session().predict(),
                model::reveal);
    }

    /** The lesson's root node. */
    public DeepNetView view() {
        return view;
    }

    /** The lesson's model. */
    public DeepNetModel model() {
        return model;
    }

    /** Stops pulling snapshots and the runner. */
    public void close() {
        puller.stop();
        model.close();
    }
}
