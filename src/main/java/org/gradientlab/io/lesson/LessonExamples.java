package org.gradientlab.io.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The example lessons packaged in the app (from assets/lessons), one for each idea, in the order a
 * course meets them.
 */
public final class LessonExamples {

    /** Where the examples are on the class path. */
    static final String FOLDER = "/org/gradientlab/lessons/";

    /**
     * One example.
     *
     * @param file  its file name in assets/lessons
     * @param title what the Examples menu says
     */
    public record Example(String file, String title) {
    }

    /** Every example, in menu order. */
    public static final List<Example> ALL = List.of(
            new Example("descent-bowl.json", "Descent on a bowl"),
            new Example("descent-rate-too-large.json", "A learning rate too large: oscillation, then divergence"),
            new Example("descent-local-minimum.json", "A local minimum traps the start"),
            new Example("descent-momentum-escape.json", "Momentum (an EWMA of gradients) escapes it"),
            new Example("network-forward-backward.json", "The two-node network: forward and backward pass"),
            new Example("regression-batch.json", "Batch gradient descent on 10 points"),
            new Example("regression-unscaled-valley.json", "Unscaled x: a narrow loss valley"),
            new Example("surface-rosenbrock.json", "The Rosenbrock valley in two parameters"),

            new Example("deep-network-xor.json", "A deep network learns xor: two hidden tanh layers"));

    private LessonExamples() {
    }

    /** Reads an example; the examples are tested, so a failure here is a broken build. */
    public static LessonFile open(Example example) {
        try (InputStream in = LessonExamples.class.getResourceAsStream(FOLDER + example.file())) {
            if (in == null) {
                throw new IllegalStateException("example lesson missing from the build: " + example.file());
            }
            return LessonFiles.read(in, example.file());
        } catch (IOException | LessonFileException e) {
            throw new IllegalStateException("example lesson " + example.file() + " does not open: " + e.getMessage(), e);
        }
    }
}
