package org.gradientlab.io.lesson;

import java.util.Arrays;
import java.util.Objects;
import org.gradientlab.engine.DataSet;

/**
 * Pairs (x, y) with a name saying what they are. Equal when the name and every number are equal,
 * so a lesson read back from a file equals the one written.
 *
 * @param name what the points are, e.g. "NOT gate" or "sales.csv"
 * @param x    the inputs
 * @param y    the targets
 */
public record NamedPoints(String name, double[] x, double[] y) {

    /** Copies the arrays, so the record stays immutable. */
    public NamedPoints {
        Objects.requireNonNull(name, "name");
        x = x.clone();
        y = y.clone();
    }

    /** The points with this name. */
    public static NamedPoints of(String name, DataSet data) {
        return new NamedPoints(name, data.x(), data.y());
    }

    /** A data set of the points (fresh arrays). */
    public DataSet toDataSet() {
        return new DataSet(x.clone(), y.clone());
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** The number of x values. */
    public int size() {
        return x.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamedPoints that && name.equals(that.name) && Arrays.equals(x, that.x)
                && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(x)) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "NamedPoints[" + name + ", x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + "]";
    }
}
