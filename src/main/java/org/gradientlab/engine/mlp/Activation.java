package org.gradientlab.engine.mlp;

import java.util.Arrays;
import java.util.List;
import org.gradientlab.engine.network.TwoNodeNetwork;

/** The hidden layers' activation of SPEC section 7 (the output node is always a sigmoid). */
public enum Activation {

    /** 1/(1+exp(-u)), derivative a(1-a). */
    SIGMOID("sigmoid"),
    /** tanh(u), derivative 1 - a^2. */
    TANH("tanh"),
    /** max(0, u), derivative 1 above 0, else 0. */
    RELU("relu"),
    /** u, derivative 1. */
    LINEAR("linear");

    /** The command-line names, in menu order. */
    public static final List<String> LABELS = Arrays.stream(values()).map(Activation::label).toList();

    private final String label;

    Activation(String label) {
        this.label = label;
    }

    /** The name used on the command line. */
    public String label() {
        return label;
    }

    /** The activation of this command-line name; throws IllegalArgumentException, naming the others, for any other. */
    public static Activation parse(String label) {
        for (Activation activation : values()) {
            if (activation.label.equals(label)) {
                return activation;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + label + "' (expected " + String.join(", ", LABELS) + ")");
    }

    /** act(u); the sigmoid is the two-node network's, so a 1-1-1 network computes what that one does. */
    public double apply(double u) {
        return switch (this) {
            case SIGMOID -> TwoNodeNetwork.sigmoid(u);
            case TANH -> Math.tanh(u);
            case RELU -> Math.max(0.0, u);
            case LINEAR -> u;
        };
    }

    /**
     * dC/dz = upstream * act'(z), with a = act(z), evaluated left to right: upstream*a*(1-a) for the
     * sigmoid (SPEC section 3's delta1 = delta2*w2*a1*(1-a1)), upstream*(1-a*a) for tanh,
     * upstream*(z &gt; 0 ? 1 : 0) for relu and upstream*1 for linear.
     */
    public double backward(double upstream, double z, double a) {
        return switch (this) {
            case SIGMOID -> upstream * a * (1 - a);
            case TANH -> upstream * (1 - a * a);
            case RELU -> upstream * (z > 0 ? 1.0 : 0.0);
            case LINEAR -> upstream;
        };
    }
}
