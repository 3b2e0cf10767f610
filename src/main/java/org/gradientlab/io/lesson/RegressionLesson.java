package org.gradientlab.io.lesson;

import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionProblem;

/**
 * The Regression lesson's own settings.
 *
 * @param data          the points fitted, named by where they came from
 * @param startW0       the start intercept (in scaled units when scaleX)
 * @param startW1       the start slope (in scaled units when scaleX)
 * @param reduction     sum (the textbook rule) or mean
 * @param batch         all points, a mini-batch or one sample per update
 * @param miniBatchSize the mini-batch size, kept whatever the batch mode
 * @param seed          the seed of the per-epoch shuffle
 * @param scaleX        whether x is standardised before training
 */
public record RegressionLesson(NamedPoints data, double startW0, double startW1, Reduction reduction, Batch batch,
                               long miniBatchSize, long seed, boolean scaleX) implements LessonSettings {

    /** The lesson's name in a file. */
    public static final String NAME = "regression";

    /** Which points an update uses; the word is the one a file holds. */
    public enum Batch {
        /** Every point, in data order. */
        ALL("all"),
        /** {@code miniBatchSize} points, shuffled per epoch. */
        MINI_BATCH("mini-batch"),
        /** One point, shuffled per epoch. */
        ONE_SAMPLE("one-sample");

        private final String word;

        Batch(String word) {
            this.word = word;
        }

        /** The word in a file. */
        public String word() {
            return word;
        }

        /** The batch named by the word, or null. */
        public static Batch of(String word) {
            for (Batch batch : values()) {
                if (batch.word.equals(word)) {
                    return batch;
                }
            }
            return null;
        }
    }

    @Override
    public String lesson() {
        return NAME;
    }

    /** The batch size of SPEC section 4 ({@code --batch}): all, the mini-batch size, or 1. */
    public int batchSize() {
        return switch (batch) {
            case ALL -> RegressionProblem.FULL_BATCH;
            case MINI_BATCH -> (int) Math.min(miniBatchSize, RegressionProblem.FULL_BATCH);
            case ONE_SAMPLE -> 1;
        };
    }
}
