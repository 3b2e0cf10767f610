package org.gradientlab.app.regression.model;

import java.util.Arrays;
import org.gradientlab.engine.DataSet;

/**
 * The points the Regression lesson fits, with where they came from. Immutable: an edit (a point
 * added, moved or removed) makes a new one, so a data set can cross to the runner's thread.
 *
 * @param source what the points are: "generated", a file name, ...; an edit adds "edited"
 * @param data   the pairs (x, y)
 */
public record RegressionData(String source, DataSet data) {

    /** The most points a person may add to or generate; files may hold as many. */
    public static final int MAX_POINTS = 1_000_000;

    /** The number of points. */
    public int size() {
        return data.size();
    }

    /** With one more point (x, y) at the end. */
    public RegressionData withAdded(double x, double y) {
        int n = data.size();
        double[] xs = Arrays.copyOf(data.x(), n + 1);
        double[] ys = Arrays.copyOf(data.y(), n + 1);
        xs[n] = x;
        ys[n] = y;
        return edited(xs, ys);
    }

    /** With point {@code index} moved to (x, y). */
    public RegressionData withMoved(int index, double x, double y) {
        double[] xs = data.x().clone();
        double[] ys = data.y().clone();
        xs[index] = x;
        ys[index] = y;
        return edited(xs, ys);
    }

    /** Without point {@code index}; the data must keep at least one point. */
    public RegressionData withRemoved(int index) {
        int n = data.size();
        if (n == 1) {
            throw new IllegalStateException("the last point cannot be removed");
        }
        double[] xs = new double[n - 1];
        double[] ys = new double[n - 1];
        System.arraycopy(data.x(), 0, xs, 0, index);
        System.arraycopy(data.y(), 0, ys, 0, index);
        System.arraycopy(data.x(), index + 1, xs, index, n - 1 - index);
        System.arraycopy(data.y(), index + 1, ys, index, n - 1 - index);
        return edited(xs, ys);
    }

    private RegressionData edited(double[] xs, double[] ys) {
        return new RegressionData(source.endsWith(", edited") ? source : source + ", edited", new DataSet(xs, ys));
    }

    /** "40 points (generated)". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%,d point%s (%s)", size(), size() == 1 ? "" : "s", source);
    }
}
