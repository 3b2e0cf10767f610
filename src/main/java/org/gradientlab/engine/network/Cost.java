package org.gradientlab.engine.network;

import java.util.List;

/** The network's cost of SPEC section 3 and its derivative at the output node. */
public enum Cost {

    /** C = (yhat - y)^2 / 2. */
    MSE("mse"),
    /** C = -(y*ln(yhat) + (1-y)*ln(1-yhat)). */
    XENT("xent");

    /** Why a target is refused, after the target: "y = 2 is outside [0, 1]: ...". */
    public static final String XENT_TARGETS = "the cross-entropy cost (xent) needs every target y from 0 to 1";

    /** The labels accepted, in the order a menu shows them. */
    public static final List<String> LABELS = List.of("mse", "xent");

    private final String label;

    Cost(String label) {
        this.label = label;
    }

    /** The name used on the command line: mse or xent. */
    public String label() {
        return label;
    }

    /** The cost named by {@code label}; throws IllegalArgumentException for any other word. */
    public static Cost parse(String label) {
        for (Cost cost : values()) {
            if (cost.label.equals(label)) {
                return cost;
            }
        }
        throw new IllegalArgumentException("unknown cost '" + label + "' (expected " + String.join(", ", LABELS) + ")");
    }

    /**
     * Whether the cost can take this target: any for mse; for xent y is a probability, from 0 to 1
     * (outside it the cost is not a distance and can go below zero).
     */
    public boolean acceptsTarget(double y) {
        return this != XENT || (y >= 0 && y <= 1);
    }

    /** A target as a message writes it: 2 rather than 2.0. */
    public static String targetText(double y) {
        return y == Math.rint(y) && Math.abs(y) < 1e15 ? Long.toString((long) y) : Double.toString(y);
    }

    /** C for one pair, evaluated as SPEC section 3 writes it. */
    public double of(double yhat, double y) {
        if (this == XENT) {
            return -(y * Math.log(yhat) + (1 - y) * Math.log(1 - yhat));
        }
        return (yhat - y) * (yhat - y) / 2;
    }

    /** dC/dz2 for one pair: the sigmoid's derivative cancels for xent. */
    public double delta2(double yhat, double y) {
        if (this == XENT) {
            return yhat - y;
        }
        return (yhat - y) * yhat * (1 - yhat);
    }
}
