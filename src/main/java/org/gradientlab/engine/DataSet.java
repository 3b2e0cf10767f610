package org.gradientlab.engine;

/**
 * Pairs (x, y) of a lesson's data, in primitive arrays. The arrays are owned by the data set:
 * callers must not change them, so a data set can cross threads.
 *
 * @param x the inputs
 * @param y the targets, as many as the inputs
 */
public record DataSet(double[] x, double[] y) {

    /** Checks that there are as many targets as inputs, and at least one pair. */
    public DataSet {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " inputs but " + y.length + " targets");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("a data set needs at least one pair");
        }
    }

    /** The number of pairs. */
    public int size() {
        return x.length;
    }

    /** A data set of one pair. */
    public static DataSet single(double x, double y) {
        return new DataSet(new double[] {x}, new double[] {y});
    }
}
