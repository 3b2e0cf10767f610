package org.gradientlab.app.regression.model;

import org.gradientlab.engine.regression.RegressionProblem;

/** Which points an update uses: all of them, a mini-batch of a chosen size, or one sample. */
public enum BatchMode {
    /** Batch gradient descent: every point in every update, in data order. */
    ALL("all points (batch)"),
    /** A mini-batch of the chosen size, in an order shuffled once per epoch from the seed. */
    MINI_BATCH("mini-batch"),
    /** Stochastic gradient descent: one point per update, shuffled per epoch from the seed. */
    ONE_SAMPLE("one sample (stochastic)");

    private final String label;

    BatchMode(String label) {
        this.label = label;
    }

    /** The batch size a run takes in this mode, given the mini-batch size asked for. */
    public int batchSize(int miniBatchSize) {
        return switch (this) {
            case ALL -> RegressionProblem.FULL_BATCH;
            case MINI_BATCH -> miniBatchSize;
            case ONE_SAMPLE -> 1;
        };
    }

    /** True when the mode shuffles, so the seed matters. */
    public boolean usesSeed() {
        return this != ALL;
    }

    @Override
    public String toString() {
        return label;
    }
}
