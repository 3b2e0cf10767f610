package org.gradientlab.io.lesson;

import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ExpressionException;
import org.gradientlab.engine.expr.SurfaceExpression;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * Whether a lesson's values are usable, the same rules whether the lesson came from a file or from
 * code: the first bad value is answered with its field path, e.g.
 * {@code descent.start: must be between -1e6 and 1e6}.
 */
public final class LessonChecks {

    /** The largest |start| a lesson takes: the lessons' own fields allow no more. */
    static final double MAX_START = 1e6;
    /** The most points a data set of a lesson file holds. */
    static final int MAX_POINTS = 1_000_000;
    /** Seeds and mini-batch sizes live in double fields in the app: whole numbers up to 2^53 stay exact. */
    static final long MAX_EXACT_WHOLE = 1L << 53;

    private LessonChecks() {
    }

    /** Throws on the first value the lesson cannot take; the message names its field. */
    public static void check(LessonFile file) throws LessonFileException {
        positive("/learningRate", file.learningRate(), false);
        positive("/speed", file.speed(), true);
        checkOptimizer(file.optimizer());
        LessonSettings settings = file.settings();
        if (settings instanceof DescentLesson descent) {
            checkDescent(descent);
        } else if (settings instanceof NetworkLesson network) {
            checkNetwork(network);
        } else if (settings instanceof SurfaceLesson surface) {
            checkSurface(surface);
        } else if (settings instanceof DeepNetworkLesson deep) {
            checkDeepNetwork(deep);
        } else {
            checkRegression((RegressionLesson) settings);
        }
    }

    private static void checkOptimizer(OptimizerSettings optimizer) throws LessonFileException {
        factor("/optimizer/beta", optimizer.beta());
        factor("/optimizer/rho", optimizer.rho());
        factor("/optimizer/beta1", optimizer.beta1());
        factor("/optimizer/beta2", optimizer.beta2());
        finite("/optimizer/eps", optimizer.eps());
        if (!(optimizer.eps() > 0 && optimizer.eps() <= 1)) {
            throw LessonFileException.atField("/optimizer/eps", "must be above 0 and at most 1");
        }
    }

    private static void checkDescent(DescentLesson descent) throws LessonFileException {
        parseFunction(descent.function());
        start("/descent/start", descent.start());
    }

    /** f(w) parsed; a bad one is answered with the parser's message (what and at which column). */
    public static Expression parseFunction(String text) throws LessonFileException {
        try {
            return Expression.parse(text);
        } catch (ExpressionException e) {
            throw LessonFileException.atField("/descent/function", e.getMessage());
        }
    }

    /** The largest gradient noise S a lesson takes. */
    static final double MAX_NOISE = 1e6;

    private static void checkSurface(SurfaceLesson surface) throws LessonFileException {
        parseSurfaceFunction(surface.function());
        start("/surface/start/w1", surface.startW1());
        start("/surface/start/w2", surface.startW2());
        finite("/surface/noise", surface.noise());
        if (!(surface.noise() >= 0 && surface.noise() <= MAX_NOISE)) {
            throw LessonFileException.atField("/surface/noise", "must be between 0 and 1e6");
        }
        if (Math.abs(surface.seed()) > MAX_EXACT_WHOLE) {
            throw LessonFileException.atField("/surface/seed", "must be between -2^53 and 2^53");
        }
    }

    /** f(w1, w2) parsed; a bad one is answered with the parser's message (what and at which column). */
    public static SurfaceExpression parseSurfaceFunction(String text) throws LessonFileException {
        try {
            return SurfaceExpression.parse(text);
        } catch (ExpressionException e) {
            throw LessonFileException.atField("/surface/function", e.getMessage());
        }
    }

    private static void checkNetwork(NetworkLesson network) throws LessonFileException {
        double[] start = network.start().toArray();
        for (int i = 0; i < start.length; i++) {
            start("/network/start/" + NetworkParameters.NAMES.get(i), start[i]);
        }
        finite("/network/pair/x", network.pairX());
        finite("/network/pair/y", network.pairY());
        target(network.cost(), "/network/pair/y", network.pairY());
        if (network.dataSet() != null) {
            points("/network/dataSet", network.dataSet());
            double[] y = network.dataSet().y();
            for (int i = 0; i < y.length; i++) {
                target(network.cost(), "/network/dataSet/y/" + i, y[i]);
            }
        }
    }

    private static void checkDeepNetwork(DeepNetworkLesson deep) throws LessonFileException {
        int[] layers = deep.layers();
        if (layers.length == 0) {
            throw LessonFileException.atField("/deep_network/layers", "needs at least one hidden layer, such as [4]");
        }
        if (layers.length > DeepNetworkLesson.MAX_LAYERS) {
            throw LessonFileException.atField("/deep_network/layers", layers.length + " hidden layers; at most "
                    + DeepNetworkLesson.MAX_LAYERS);
        }
        for (int l = 0; l < layers.length; l++) {
            if (layers[l] < 1 || layers[l] > DeepNetworkLesson.MAX_WIDTH) {
                throw LessonFileException.atField("/deep_network/layers/" + l, "a hidden layer has 1 to "
                        + DeepNetworkLesson.MAX_WIDTH + " nodes, not " + layers[l]);
            }
        }
        finite("/deep_network/l2", deep.l2());
        if (!(deep.l2() >= 0 && deep.l2() <= DeepNetworkLesson.MAX_L2)) {
            throw LessonFileException.atField("/deep_network/l2", "must be from 0 to 10");
        }
        if (Math.abs(deep.seed()) > MAX_EXACT_WHOLE) {
            throw LessonFileException.atField("/deep_network/seed", "must be between -2^53 and 2^53");
        }
        String data = "/deep_network/data";
        if (deep.dataName().isBlank()) {
            throw LessonFileException.atField(data + "/name", "must not be empty");
        }
        int inputs = deep.data().inputCount();
        double[] x = deep.data().inputs();
        double[] y = deep.data().targets();
        if (y.length > MAX_POINTS) {
            throw LessonFileException.atField(data + "/y", "holds " + y.length + " points; at most " + MAX_POINTS);
        }
        for (int p = 0; p < y.length; p++) {
            for (int j = 0; j < inputs; j++) {
                finite(data + "/" + (inputs == 1 ? "x" : "x" + (j + 1)) + "/" + p, x[p * inputs + j]);
            }
            finite(data + "/y/" + p, y[p]);
            if (!(y[p] >= 0 && y[p] <= 1)) {
                throw LessonFileException.atField(data + "/y/" + p, "y must be from 0 to 1 (found " + y[p] + ")");
            }
        }
    }

    private static void checkRegression(RegressionLesson regression) throws LessonFileException {
        points("/regression/data", regression.data());
        start("/regression/start/w0", regression.startW0());
        start("/regression/start/w1", regression.startW1());
        if (regression.miniBatchSize() < 1 || regression.miniBatchSize() > MAX_POINTS) {
            throw LessonFileException.atField("/regression/miniBatchSize", "must be a whole number from 1 to 1000000");
        }
        if (Math.abs(regression.seed()) > MAX_EXACT_WHOLE) {
            throw LessonFileException.atField("/regression/seed", "must be between -2^53 and 2^53");
        }
    }

    private static void points(String pointer, NamedPoints points) throws LessonFileException {
        if (points.name().isBlank()) {
            throw LessonFileException.atField(pointer + "/name", "must not be empty");
        }
        double[] x = points.x();
        double[] y = points.y();
        if (x.length == 0) {
            throw LessonFileException.atField(pointer + "/x", "needs at least one point");
        }
        if (x.length > MAX_POINTS) {
            throw LessonFileException.atField(pointer + "/x", "holds " + x.length + " points; at most " + MAX_POINTS);
        }
        if (y.length != x.length) {
            throw LessonFileException.atField(pointer + "/y", "holds " + y.length + " values but x holds " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            finite(pointer + "/x/" + i, x[i]);
            finite(pointer + "/y/" + i, y[i]);
        }
    }

    private static void target(Cost cost, String pointer, double y) throws LessonFileException {
        if (!cost.acceptsTarget(y)) {
            throw LessonFileException.atField(pointer, "y = " + Cost.targetText(y) + " is outside [0, 1]: "
                    + Cost.XENT_TARGETS);
        }
    }

    private static void finite(String pointer, double value) throws LessonFileException {
        if (!Double.isFinite(value)) {
            throw LessonFileException.atField(pointer, value + " is not a finite number");
        }
    }

    private static void positive(String pointer, double value, boolean infinityAllowed) throws LessonFileException {
        if (!(infinityAllowed && value == Double.POSITIVE_INFINITY)) {
            finite(pointer, value);
        }
        if (!(value > 0)) {
            throw LessonFileException.atField(pointer, "must be above 0");
        }
    }

    private static void factor(String pointer, double value) throws LessonFileException {
        finite(pointer, value);
        if (!(value >= 0 && value < 1)) {
            throw LessonFileException.atField(pointer, "must be at least 0 and below 1");
        }
    }

    private static void start(String pointer, double value) throws LessonFileException {
        finite(pointer, value);
        if (Math.abs(value) > MAX_START) {
            throw LessonFileException.atField(pointer, "must be between -1e6 and 1e6");
        }
    }
}
