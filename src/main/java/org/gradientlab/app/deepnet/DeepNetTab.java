package org.gradientlab.app.deepnet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gradientlab.app.lesson.ControlledLesson;
import org.gradientlab.app.lesson.Explanation;
import org.gradientlab.app.lesson.LessonContext;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.engine.mlp.TrainingSet;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFileException;

/** The Deep network lesson as the window sees it: its controller, its explanation and its lesson files. */
public final class DeepNetTab extends ControlledLesson<DeepNetSnapshot> {

    /** What the lesson shows, what to try and why. */
    static final Explanation EXPLANATION = new Explanation("deep_network", "About this lesson: a deep network",
            "A network of layers: each node computes z = W·a + b from the layer before and passes a = act(z) on; "
                    + "the output ŷ is a sigmoid. On the right, the data and what the network makes of it: the "
                    + "plane coloured by ŷ with the decision boundary ŷ = 0.5, or the curve ŷ(x).",
            "Choose xor and press Play: a straight line cannot separate it, a hidden layer can. With one hidden "
                    + "node (type 1) the boundary stays one line and xor is not learnt. Then choose the chain of 1-node layers: the gradient "
                    + "chart shows the first layer's gradient orders of magnitude below the last one's.",
            "Backpropagation carries δ back layer by layer: δ = (Wᵀ δ) · act′(z). Each sigmoid multiplies by "
                    + "act′ ≤ 1/4, so through many layers the gradient shrinks geometrically: the vanishing "
                    + "gradient. tanh and relu shrink it less. L2 (λ) pulls every weight towards 0.");

    private final DeepNetController controller;

    /** Builds the lesson: model, view, controller (FX thread). */
    public DeepNetTab(LessonContext context) {
        this(DeepNetController.create(new DeepNetModel(context.runners())));
    }

    private DeepNetTab(DeepNetController controller) {
        super(LessonId.DEEP_NETWORK, EXPLANATION, controller.view(), controller.model().session(), controller::handleKey,
                controller::close);
        this.controller = controller;
    }

    /** The lesson's controller (its model and view). */
    public DeepNetController controller() {
        return controller;
    }

    @Override
    public LessonFile export() {
        return DeepNetLessons.export(controller.model());
    }

    @Override
    public void apply(LessonFile file) throws LessonFileException {
        DeepNetLessons.apply(controller.model(), file);
    }

    /**
     * The {@code mlp} command on the lesson's network and data (written to a temporary file, in full
     * precision), for plain descent; empty for another optimizer or if the file cannot be written.
     */
    @Override
    public Optional<List<String>> probeCommand() {
        if (!session().optimizerProperty().get().equals(OptimizerSettings.DEFAULT)) {
            return Optional.empty();
        }
        DeepNetSetup setup = controller.model().setup();
        TrainingSet set = setup.data().set();
        StringBuilder csv = new StringBuilder(set.inputCount() == 1 ? "x,y\n" : "x1,x2,y\n");
        for (int p = 0; p < set.size(); p++) {
            for (int j = 0; j < set.inputCount(); j++) {
                csv.append(set.inputs()[p * set.inputCount() + j]).append(',');
            }
            csv.append(set.targets()[p]).append('\n');
        }
        try {
            Path data = Files.createTempFile("gradient-lab-probe-", ".csv");
            data.toFile().deleteOnExit();
            Files.writeString(data, csv);
            return Optional.of(List.of("mlp", "--data", data.toString(), "--hidden",
                    Arrays.stream(setup.hidden()).mapToObj(String::valueOf).collect(Collectors.joining(",")),
                    "--activation", setup.activation().label(), "--cost", setup.cost().label(),
                    "--l2", String.valueOf(setup.l2()), "--seed", String.valueOf(setup.seed()),
                    "--lr", String.valueOf(session().learningRateProperty().get())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
