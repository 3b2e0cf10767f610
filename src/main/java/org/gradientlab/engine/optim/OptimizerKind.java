package org.gradientlab.engine.optim;

import java.util.ArrayList;
import java.util.List;

/**
 * The optimizers of SPEC section 2, in the order a menu shows them, each with its command-line name
 * and how many state values it keeps per parameter.
 */
public enum OptimizerKind {
    /** w &lt;- w - lr*g; no state. */
    GD("gd", 0),
    /** v, an EWMA of gradients. */
    MOMENTUM("momentum", 1),
    /** s, an EWMA of squared gradients. */
    RMSPROP("rmsprop", 1),
    /** m then s, both bias-corrected. */
    ADAM("adam", 2),
    /** s, the running sum of squared gradients. */
    ADAGRAD("adagrad", 1);

    /** The command-line names, in menu order. */
    public static final List<String> NAMES = names();

    private final String cliName;
    private final int stateSize;

    /** A loop rather than a stream: the headless commands read this at start, before any lambda is made. */
    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (OptimizerKind kind : values()) {
            names.add(kind.cliName);
        }
        return List.copyOf(names);
    }

    OptimizerKind(String cliName, int stateSize) {
        this.cliName = cliName;
        this.stateSize = stateSize;
    }

    /** The name used on the command line and in lesson files: gd, momentum, rmsprop, adam or adagrad. */
    public String cliName() {
        return cliName;
    }

    /** How many state values each parameter keeps (0 for gd, 1 for momentum, rmsprop and adagrad, 2 for adam). */
    public int stateSize() {
        return stateSize;
    }

    /** True for the optimizers that divide by sqrt(s) + eps and so use eps. */
    public boolean usesEps() {
        return this == RMSPROP || this == ADAM || this == ADAGRAD;
    }

    /**
     * The optimizer of this command-line name.
     *
     * @throws IllegalArgumentException for any other text, with the message
     *                                  {@code unknown optimizer 'sgd' (expected gd, momentum, rmsprop, adam, adagrad)}
     */
    public static OptimizerKind parse(String name) {
        for (OptimizerKind kind : values()) {
            if (kind.cliName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + name + "' (expected " + String.join(", ", NAMES) + ")");
    }

    /** The command-line name. */
    @Override
    public String toString() {
        return cliName;
    }
}
