package org.gradientlab.app.network;

import java.util.List;
import java.util.Optional;
import org.gradientlab.app.lesson.ControlledLesson;
import org.gradientlab.app.lesson.Explanation;
import org.gradientlab.app.lesson.LessonContext;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.network.model.NetworkData;
import org.gradientlab.app.network.model.NetworkLessons;
import org.gradientlab.app.network.model.NetworkModel;
import org.gradientlab.app.network.model.NetworkSnapshot;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.export.NetworkWorksheet;
import org.gradientlab.io.export.Worksheet;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;

/** The Network lesson as the window sees it: its controller, its explanation, files and worksheet. */
public final class NetworkTab extends ControlledLesson<NetworkSnapshot> {

    /** What the lesson shows, what to try and why. */
    static final Explanation EXPLANATION = new Explanation("network", "About this lesson: backpropagation",
            "One input x goes through two neurons to a prediction ŷ. Each line is a weight: blue when positive, "
                    + "orange when negative, thicker when larger. In a neuron, z = w·x + b is what comes in and "
                    + "a = σ(z) is what goes out.",
            "Press Step phase (P) four times to see one training step in slow motion. Then set w1 to 8: the first "
                    + "neuron saturates (a is nearly 1, so σ′ is nearly 0) and its gradient almost vanishes, so "
                    + "learning stalls.",
            "Forward pass: work out every value from left to right. Cost: how far ŷ is from y. Backward pass: "
                    + "δ2 says how much the cost changes when z2 changes, and δ1 = δ2 · w2 · σ′(z1), so δ1 is δ2 "
                    + "carried back along w2 and is proportional to it. That is why it is called backpropagation. "
                    + "Each weight's gradient is the δ after it times what came into it.");

    private final NetworkController controller;

    /** Builds the lesson: model, view, controller (FX thread). */
    public NetworkTab(LessonContext context) {
        this(NetworkController.create(new NetworkModel(context.runners())));
    }

    private NetworkTab(NetworkController controller) {
        super(LessonId.NETWORK, EXPLANATION, controller.view(), controller.model().session(), controller::handleKey,
                controller::close);
        this.controller = controller;
    }

    /** The lesson's controller (its model and view). */
    public NetworkController controller() {
        return controller;
    }

    @Override
    public LessonFile export() {
        return NetworkLessons.export(controller.model());
    }

    @Override
    public void apply(LessonFile file) throws LessonFileException {
        NetworkLessons.apply(controller.model(), file);
    }

    @Override
    public Optional<Worksheet> worksheet(int steps) {
        NetworkModel model = controller.model();
        NetworkParameters start = new NetworkParameters(model.startProperty(NetworkParameters.W1).get(),
                model.startProperty(NetworkParameters.B1).get(), model.startProperty(NetworkParameters.W2).get(),
                model.startProperty(NetworkParameters.B2).get());
        return Optional.of(NetworkWorksheet.of(model.dataProperty().get().data(), model.costProperty().get(),
                session().optimizerProperty().get(), start, session().learningRateProperty().get(), steps));
    }

    @Override
    public Optional<List<String>> probeCommand() {
        NetworkModel model = controller.model();
        NetworkData data = model.dataProperty().get();
        if (!session().optimizerProperty().get().equals(OptimizerSettings.DEFAULT) || data.data().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(List.of("network", "--x", n(data.data().x()[0]), "--y", n(data.data().y()[0]),
                "--w1", n(model.startProperty(0).get()), "--b1", n(model.startProperty(1).get()),
                "--w2", n(model.startProperty(2).get()), "--b2", n(model.startProperty(3).get()),
                "--cost", model.costProperty().get().label(), "--lr", n(session().learningRateProperty().get())));
    }

    private static String n(double value) {
        return String.valueOf(value);
    }
}
