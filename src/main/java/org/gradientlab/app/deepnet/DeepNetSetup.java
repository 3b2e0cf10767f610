package org.gradientlab.app.deepnet;

import org.gradientlab.engine.mlp.Activation;
import org.gradientlab.engine.mlp.MlpLayout;
import org.gradientlab.engine.mlp.MlpProblem;
import org.gradientlab.engine.network.Cost;

/**
 * Everything a Deep network run is made from except the optimizer: the data, the hidden layers, the
 * activation, the cost, the L2 factor and the seed of the start (SPEC section 7). Immutable.
 *
 * @param data       the pairs trained on
 * @param hidden     the hidden layers' widths (1 to {@link #MAX_LAYERS} layers of 1 to {@link #MAX_WIDTH})
 * @param activation the hidden layers' activation
 * @param cost       mse or xent
 * @param l2         lambda, at least 0
 * @param seed       the seed of the starting weights
 */
public record DeepNetSetup(DeepNetData data, int[] hidden, Activation activation, Cost cost, double l2, long seed) {

    /** The most hidden layers the lesson offers. */
    public static final int MAX_LAYERS = 4;
    /** The most nodes in a hidden layer the lesson offers. */
    public static final int MAX_WIDTH = 8;

    /** Copies the widths. */
    public DeepNetSetup {
        hidden = hidden.clone();
    }

    /** The layers, inputs from the data. */
    public MlpLayout layout() {
        return new MlpLayout(data.set().inputCount(), hidden);
    }

    /** A fresh problem of this setup (each thread that evaluates owns one). */
    public MlpProblem problem() {
        return new MlpProblem(data.set(), layout(), activation, cost, l2);
    }

    /** The widths as a person types them: "4,4". */
    public static String widthsText(int[] hidden) {
        StringBuilder text = new StringBuilder();
        for (int width : hidden) {
            text.append(text.length() == 0 ? "" : ",").append(width);
        }
        return text.toString();
    }

    /**
     * The widths typed ("4,4", "8, 8, 2"), or throws with what is wrong: as the mlp command, at least one layer.
     *
     * @throws IllegalArgumentException naming the bad part, e.g. "'9' is not a width from 1 to 8"
     */
    public static int[] parseWidths(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("type at least one hidden layer's width, such as 4 or 4,4");
        }
        String[] parts = trimmed.split(",", -1);
        if (parts.length > MAX_LAYERS) {
            throw new IllegalArgumentException(parts.length + " hidden layers: at most " + MAX_LAYERS);
        }
        int[] widths = new int[parts.length];
        for (int l = 0; l < parts.length; l++) {
            String part = parts[l].trim();
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) < 1 || Integer.parseInt(part) > MAX_WIDTH) {
                throw new IllegalArgumentException("layer " + (l + 1) + ": '" + part + "' is not a width from 1 to "
                        + MAX_WIDTH + " (type widths like 4,4)");
            }
            widths[l] = Integer.parseInt(part);
        }
        return widths;
    }
}
