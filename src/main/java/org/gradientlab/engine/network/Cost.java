package org.gradientlab.engine.network;

import java.util.List;

/** The network's cost of SPEC section 3 and its derivative at the output node. */
public enum Cost {

    /** C = (yhat - y)^2 / 2. */
    MSE("mse"),
    /** C = -(y*ln(yhat) + (1-y)*ln(1-yhat)). */
    XENT("xent");

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
