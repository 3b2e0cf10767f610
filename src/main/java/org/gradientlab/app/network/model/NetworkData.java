package org.gradientlab.app.network.model;

import java.util.List;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.network.Cost;

/**
 * A data set the Network lesson offers.
 *
 * @param name what the menu says
 * @param data the pairs
 */
public record NetworkData(String name, DataSet data) {

    /** The name of the editable single pair. */
    public static final String SINGLE = "One pair (x, y)";

    /** NOT: 0 -> 1 and 1 -> 0. */
    public static final NetworkData NOT_GATE = new NetworkData("NOT gate", new DataSet(new double[] {0, 1}, new double[] {1, 0}));

    /** Nine points of a smooth step, y = 0.1 + 0.8*sigmoid(3x), rounded to three decimals. */
    public static final NetworkData CURVE = new NetworkData("A small curve (9 points)", new DataSet(
            new double[] {-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2},
            new double[] {0.102, 0.109, 0.138, 0.242, 0.5, 0.758, 0.862, 0.891, 0.898}));

    /** The built-in sets besides the single pair. */
    public static final List<NetworkData> BUILT_IN = List.of(NOT_GATE, CURVE);

    /** The editable single pair. */
    public static NetworkData single(double x, double y) {
        return new NetworkData(SINGLE, DataSet.single(x, y));
    }

    /** True for the single pair, whose x and y are edited in fields. */
    public boolean isSingle() {
        return SINGLE.equals(name);
    }

    /** Why the cost cannot train on these pairs (xent needs every y from 0 to 1), or null if it can. */
    public String targetProblem(Cost cost) {
        double[] y = data.y();
        for (int i = 0; i < y.length; i++) {
            if (!cost.acceptsTarget(y[i])) {
                return "y = " + Cost.targetText(y[i]) + (isSingle() ? "" : " (pair " + (i + 1) + " of " + name + ")")
                        + " is outside [0, 1]: " + Cost.XENT_TARGETS;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
