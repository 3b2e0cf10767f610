package org.gradientlab.engine.regression;

import org.gradientlab.engine.Lcg48Random;

/**
 * The order in which mini-batches take the points (SPEC section 4). Each epoch visits every point
 * once: at its start the indices 0..n-1, in ascending order, are shuffled as
 * {@code Collections.shuffle} does with one {@code java.util.Random(seed)} that carries on from one
 * epoch to the next. Update t takes the next {@code batchSize} indices of that order; the last batch
 * of an epoch takes what is left (n mod batchSize points, when that is not 0), and the next update
 * starts a new epoch. So every epoch has the same number of batches, and a step number says which
 * epoch and which batch it is at; only the generator's state at the epoch's start must be recorded.
 */
final class EpochOrder {

    private final int[] order;
    private final int batchSize;
    private final int batchesPerEpoch;
    private final Lcg48Random random;
    private long epoch;
    private long epochStartState;
    private int position;

    /** Epoch 0, shuffled from the seed; {@code batchSize} is below the number of points. */
    EpochOrder(int pointCount, int batchSize, long seed) {
        this.order = new int[pointCount];
        this.batchSize = batchSize;
        this.batchesPerEpoch = (pointCount + batchSize - 1) / batchSize;
        this.random = new Lcg48Random(seed);
        startEpoch(0, random.state());
    }

    private void startEpoch(long epoch, long generatorState) {
        this.epoch = epoch;
        this.epochStartState = generatorState;
        this.position = 0;
        random.setState(generatorState);
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        random.shuffle(order);
    }

    /** The point indices in this epoch's order; callers only read it. */
    int[] order() {
        return order;
    }

    /** Where the next batch starts in {@link #order()}. */
    int batchStart() {
        return position;
    }

    /** Where the next batch ends (exclusive). */
    int batchEnd() {
        return Math.min(position + batchSize, order.length);
    }

    /** Moves past the next batch, shuffling a new epoch when this one is used up. */
    void advance() {
        position = batchEnd();
        if (position == order.length) {
            startEpoch(epoch + 1, random.state());
        }
    }

    /** Epochs completed. */
    long epoch() {
        return epoch;
    }

    /** The generator's state before this epoch's shuffle, to record for step back. */
    long epochStartState() {
        return epochStartState;
    }

    /**
     * Puts the order where it was before update {@code step + 1}, given the generator state recorded
     * then; reshuffles only when that is another epoch.
     */
    void moveTo(long step, long recordedEpochStartState) {
        long stepEpoch = step / batchesPerEpoch;
        if (stepEpoch != epoch || recordedEpochStartState != epochStartState) {
            startEpoch(stepEpoch, recordedEpochStartState);
        }
        position = (int) (step % batchesPerEpoch) * batchSize;
    }
}
