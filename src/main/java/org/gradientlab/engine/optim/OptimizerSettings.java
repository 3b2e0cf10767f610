package org.gradientlab.engine.optim;

import java.util.List;

/**
 * Which optimizer of SPEC section 2 and its hyperparameters; immutable, so it can cross threads.
 *
 * @param name  gd, momentum, rmsprop or adam
 * @param beta  momentum's EWMA factor
 * @param rho   RMSprop's EWMA factor
 * @param beta1 Adam's first-moment factor
 * @param beta2 Adam's second-moment factor
 * @param eps   the small constant that keeps RMSprop's and Adam's division finite
 */
public record OptimizerSettings(String name, double beta, double rho, double beta1, double beta2, double eps) {

    /** The names accepted, in the order a menu shows them. */
    public static final List<String> NAMES = List.of("gd", "momentum", "rmsprop", "adam");

    /** Plain gradient descent with SPEC's default hyperparameters for the others. */
    public static final OptimizerSettings DEFAULT = new OptimizerSettings("gd", 0.9, 0.9, 0.9, 0.999, 1e-8);

    /** Checks the name; hyperparameters are taken as given. */
    public OptimizerSettings {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown optimizer '" + name + "' (expected one of " + String.join(", ", NAMES) + ")");
        }
    }

    /** The same hyperparameters under another optimizer. */
    public OptimizerSettings withName(String newName) {
        return new OptimizerSettings(newName, beta, rho, beta1, beta2, eps);
    }

    /** A new optimizer with these settings. */
    public Optimizer create() {
        return switch (name) {
            case "momentum" -> new Momentum(beta);
            case "rmsprop" -> new RmsProp(rho, eps);
            case "adam" -> new Adam(beta1, beta2, eps);
            default -> new GradientDescent();
        };
    }
}
