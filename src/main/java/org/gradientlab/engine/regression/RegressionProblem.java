package org.gradientlab.engine.regression;

import org.gradientlab.engine.DataSet;

/**
 * What a regression run fits and how (SPEC section 4); immutable, so it can cross threads.
 *
 * @param data      the pairs (x, y)
 * @param reduction sum (the textbook rule) or mean
 * @param batchSize points per update; a batch of all the points or more is the full batch, taken in
 *                  data order without shuffling, the same as {@link #FULL_BATCH}
 * @param seed      seeds the shuffle of mini-batches ({@link EpochOrder}); unused for the full batch
 */
public record RegressionProblem(DataSet data, Reduction reduction, int batchSize, long seed) {

    /** The batch size that means every point in every update. */
    public static final int FULL_BATCH = Integer.MAX_VALUE;

    /** The seed when none is given: the command line's {@code --seed} default. */
    public static final long DEFAULT_SEED = 1;

    /** Checks that the batch holds at least one point. */
    public RegressionProblem {
        if (data == null || reduction == null) {
            throw new NullPointerException("data and reduction are required");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize + " is below 1");
        }
    }

    /** Batch gradient descent on every point, in data order. */
    public static RegressionProblem fullBatch(DataSet data, Reduction reduction) {
        return new RegressionProblem(data, reduction, FULL_BATCH, DEFAULT_SEED);
    }

    /** True when every update uses every point. */
    public boolean isFullBatch() {
        return batchSize >= data.size();
    }

    /** Updates per epoch: 1 for the full batch, else ceil(n / batchSize). */
    public int batchesPerEpoch() {
        int n = data.size();
        return isFullBatch() ? 1 : (n + batchSize - 1) / batchSize;
    }

    /** The points in the batch of the update that leaves {@code step} (the last batch of an epoch may be smaller). */
    public int batchSizeAt(long step) {
        int n = data.size();
        if (isFullBatch()) {
            return n;
        }
        long start = (step % batchesPerEpoch()) * batchSize;
        return (int) Math.min(batchSize, n - start);
    }
}
