package org.gradientlab.app.regression.model;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.regression.LinearDataGenerator;

/**
 * The form for made-up data: y = intercept + slope*x + noise, x uniform in [from, to), n points
 * drawn from a seed ({@link LinearDataGenerator}). Its fields only take effect on Generate. FX thread.
 */
public final class GeneratorSettings {

    /** The lesson's first data: 40 points of y = 1 + 2x + 0.25z, x in [0, 1), seed 1. */
    static final int DEFAULT_COUNT = 40;

    private final DoubleProperty count = new SimpleDoubleProperty(this, "count", DEFAULT_COUNT);
    private final DoubleProperty slope = new SimpleDoubleProperty(this, "slope", LinearDataGenerator.DEFAULT.slope());
    private final DoubleProperty intercept =
            new SimpleDoubleProperty(this, "intercept", LinearDataGenerator.DEFAULT.intercept());
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", LinearDataGenerator.DEFAULT.noiseSd());
    private final DoubleProperty xFrom = new SimpleDoubleProperty(this, "xFrom", LinearDataGenerator.DEFAULT.xMin());
    private final DoubleProperty xTo = new SimpleDoubleProperty(this, "xTo", LinearDataGenerator.DEFAULT.xMax());
    private final DoubleProperty seed = new SimpleDoubleProperty(this, "seed", 1);

    /** The generator the fields describe. */
    public LinearDataGenerator generator() {
        return new LinearDataGenerator(intercept.get(), slope.get(), noise.get(), xFrom.get(), xTo.get());
    }

    /** The number of points asked for. */
    public int count() {
        return (int) count.get();
    }

    /** The seed asked for. */
    public long seed() {
        return (long) seed.get();
    }

    /** "y = 1 + 2·x + noise 0.25, seed 1". */
    public String describe() {
        return "y = " + Numbers.format(intercept.get()) + " + " + Numbers.format(slope.get()) + "·x + noise "
                + Numbers.format(noise.get()) + ", seed " + seed();
    }

    /** Why a number of points is not allowed, or null. */
    public static String checkCount(double n) {
        return n == Math.rint(n) && n >= 1 && n <= RegressionData.MAX_POINTS
                ? null : "a whole number from 1 to 1,000,000";
    }

    /** Why a slope or intercept is not allowed, or null. */
    public static String checkCoefficient(double value) {
        return Math.abs(value) <= 1e6 ? null : "between −1e6 and 1e6";
    }

    /** Why a noise level is not allowed, or null. */
    public static String checkNoise(double sd) {
        return sd >= 0 && sd <= 1e6 ? null : "from 0 to 1e6";
    }

    /** Why an end of the x range is not allowed, or null. */
    public static String checkX(double x) {
        return Math.abs(x) <= 1e6 ? null : "between −1e6 and 1e6";
    }

    /** Why a seed is not allowed, or null: a whole number a double holds exactly. */
    public static String checkSeed(double seed) {
        return seed == Math.rint(seed) && Math.abs(seed) <= 1L << 53 ? null : "a whole number";
    }

    /** Why the x range is not usable, or null. */
    public String checkRange() {
        return xFrom.get() < xTo.get() ? null : "x from must be below x to";
    }

    /** How many points. */
    public DoubleProperty countProperty() {
        return count;
    }

    /** The true w1. */
    public DoubleProperty slopeProperty() {
        return slope;
    }

    /** The true w0. */
    public DoubleProperty interceptProperty() {
        return intercept;
    }

    /** The standard deviation of the noise added to y. */
    public DoubleProperty noiseProperty() {
        return noise;
    }

    /** The smallest x. */
    public DoubleProperty xFromProperty() {
        return xFrom;
    }

    /** The end of the x range (exclusive). */
    public DoubleProperty xToProperty() {
        return xTo;
    }

    /** The generator's seed. */
    public DoubleProperty seedProperty() {
        return seed;
    }
}
