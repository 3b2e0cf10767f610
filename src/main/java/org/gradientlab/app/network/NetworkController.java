package org.gradientlab.app.network;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import org.gradientlab.app.controls.LessonKeys;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.network.model.NetworkData;
import org.gradientlab.app.network.model.NetworkModel;
import org.gradientlab.app.network.model.NetworkSnapshot;
import org.gradientlab.app.network.model.Phase;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.app.runner.RefreshSchedule;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkState;
import org.gradientlab.io.DataCsv;

/**
 * Turns gestures in the Network lesson into model commands (data, cost, fields, Step phase, keys,
 * opening a CSV file on a background task) and pulls the runner's snapshots once a frame.
 */
public final class NetworkController {

    private final NetworkModel model;
    private final NetworkView view;
    private final FrameTimer puller;
    /** Which number panels show the next snapshot (they take turns at full speed). */
    private final RefreshSchedule panels = new RefreshSchedule();

    /** Creates the lesson: model, view and the wiring between them. */
    public static NetworkController create(NetworkModel model) {
        return new NetworkController(model, new NetworkView(model));
    }

    private NetworkController(NetworkModel model, NetworkView view) {
        this.model = model;
        this.view = view;
        wireData();
        view.costChoice.setValue(model.costProperty().get());
        view.costChoice.setOnAction(e -> useCost(view.costChoice.getValue()));
        // A lesson file (or anything else) that sets the cost shows in the box too.
        model.costProperty().addListener((obs, old, cost) -> view.costChoice.setValue(cost));
        view.stepPhase.setOnAction(e -> model.stepPhase());
        view.predictPanel.revealButton().setOnAction(e -> model.reveal());
        model.session().snapshotProperty().addListener((obs, old, now) -> show());
        model.phaseProperty().addListener((obs, old, now) -> show());
        show();
        puller = FrameTimer.of(now -> model.session().pullSnapshot());
        puller.start();
    }

    private void wireData() {
        NetworkData single = model.dataProperty().get();
        view.dataChoice.getItems().setAll(single, NetworkData.NOT_GATE, NetworkData.CURVE);
        view.dataChoice.setValue(single);
        view.dataChoice.setOnAction(e -> {
            NetworkData chosen = view.dataChoice.getValue();
            if (chosen == null || chosen.equals(model.dataProperty().get())) {
                return;
            }
            NetworkData pairs = chosen.isSingle() ? NetworkData.single(model.xProperty().get(), model.yProperty().get())
                    : chosen;
            String problem = pairs.targetProblem(model.costProperty().get());
            if (problem != null) {
                // The data trained on stays; the choice goes back to it.
                view.dataError.setText(problem);
                view.dataChoice.setValue(model.dataProperty().get());
                return;
            }
            view.dataError.setText("");
            if (chosen.isSingle()) {
                model.useSinglePair();
            } else {
                model.dataProperty().set(chosen);
            }
        });
        model.dataProperty().addListener((obs, old, data) -> {
            view.pairFields.setVisible(data.isSingle());
            view.pairFields.setManaged(data.isSingle());
            if (data.isSingle()) {
                view.dataChoice.getItems().set(0, data);
            } else if (!view.dataChoice.getItems().contains(data)) {
                view.dataChoice.getItems().add(data);
            }
            view.dataChoice.setValue(data);
        });
        view.loadCsv.setOnAction(e -> chooseCsv());
    }

    /** A new cost, unless it cannot train on the data (xent and a y outside [0, 1]): then the old one stays. */
    private void useCost(Cost cost) {
        if (cost == null || cost == model.costProperty().get()) {
            return;
        }
        String problem = model.dataProperty().get().targetProblem(cost);
        if (problem != null) {
            view.dataError.setText(problem + "; the cost stays " + model.costProperty().get().label());
            view.costChoice.setValue(model.costProperty().get());
            return;
        }
        view.dataError.setText("");
        model.costProperty().set(cost);
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

    /** Reads a data file on a background task; a bad file is answered in words and changes nothing. */
    public void load(Path file) {
        Cost cost = model.costProperty().get();
        Task<DataSet> read = new Task<>() {
            @Override
            protected DataSet call() throws Exception {
                return DataCsv.read(file, (x, y) -> cost.acceptsTarget(y) ? null
                        : "y = " + Cost.targetText(y) + " is outside [0, 1]: " + Cost.XENT_TARGETS);
            }
        };
        read.setOnSucceeded(e -> {
            NetworkData loaded = new NetworkData(file.getFileName() + " (" + read.getValue().size() + " pairs)",
                    read.getValue());
            // The cost may have changed while the file was read.
            String problem = loaded.targetProblem(model.costProperty().get());
            view.dataError.setText(problem == null ? "" : file + ": " + problem);
            if (problem == null) {
                model.dataProperty().set(loaded);
            }
        });
        read.setOnFailed(e -> view.dataError.setText(read.getException().getMessage()));
        model.session().runners().tasks("data-loader").execute(read);
    }

    private void show() {
        NetworkSnapshot s = model.session().snapshotProperty().get();
        if (s == null) {
            return;
        }
        Phase phase = model.phaseProperty().get();
        NetworkSnapshot before = model.previousProperty().get();
        // The update phase explains the update just made: the numbers it was computed from.
        NetworkSnapshot explained = phase == Phase.UPDATE && before != null ? before : s;
        panels.next(s.playing(), model.session().speedProperty().get());
        if (panels.due(0)) {
            view.diagram.show(s, before, phase);
        }
        if (panels.due(2)) {
            view.chainRule.show(explained.chainRule(), explained.current(), phase.showsBackward());
        }
        if (panels.due(4)) {
            view.check.show(explained.check());
        }
        view.costChart.show(s.trace());
        view.paramChart.show(s.trace());
        if (!panels.due(5)) {
            return;
        }
        view.stepPhase.setText(phase == Phase.ALL || phase == Phase.UPDATE
                ? "Step phase: forward pass" : "Step phase: " + phase.next().title().substring(4).toLowerCase());
        NetworkState now = s.current();
        view.statusLine.setText("Step " + now.step() + "   ·   cost = " + Numbers.format(now.cost(), 6)
                + "   ·   ŷ = " + Numbers.format(now.yhat(), 6)
                + (Double.isNaN(s.lastRate()) ? "" : "   ·   last update η_t = " + Numbers.format(s.lastRate(), 6))
                + "   ·   phase: " + phase.title());
        view.banner.setText(s.diverged() ? "Diverged at step " + s.divergedAt()
                + ": the update would make a value non-finite (often the cross-entropy of a saturated output). "
                + "Lower the learning rate, or Reset (R)." : "");
    }

    /** The lesson's keys; returns true if the key was used. */
    public boolean handleKey(KeyEvent e) {
        if (e.getCode() == javafx.scene.input.KeyCode.P && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
            model.stepPhase();
            return true;
        }
        return LessonKeys.handle(e, model.session(), model.session().learningRateProperty(), model.session().predict(), model::reveal);
    }

    /** The lesson's root node. */
    public NetworkView view() {
        return view;
    }

    /** The lesson's model. */
    public NetworkModel model() {
        return model;
    }

    /** Stops pulling snapshots and the runner. */
    public void close() {
        puller.stop();
        model.close();
    }
}
