package org.gradientlab.engine.optim;

import java.util.List;

/**
 * Which optimizer of SPEC section 2 and its hyperparameters; immutable, so it can cross threads.
 *
 * @param kind  gd, momentum, rmsprop, adam or adagrad
 * @param beta  momentum's EWMA factor
 * @param rho   RMSprop's EWMA factor
 * @param beta1 Adam's first-moment factor
 * @param beta2 Adam's second-moment factor
 * @param eps   the small constant that keeps RMSprop's, Adam's and AdaGrad's division finite
 */
public record OptimizerSettings(OptimizerKind kind, double beta, double rho, double beta1, double beta2, double eps) {

    /** The names accepted, in the order a menu shows them. */
    public static final List<String> NAMES = OptimizerKind.NAMES;

    /** Plain gradient descent with SPEC's default hyperparameters for the others. */
    public static final OptimizerSettings DEFAULT = new OptimizerSettings(OptimizerKind.GD, 0.9, 0.9, 0.9, 0.999, 1e-8);

    /** Checks that there is a kind; hyperparameters are taken as given. */
    public OptimizerSettings {
        if (kind == null) {
            throw new IllegalArgumentException("no optimizer given");
        }
    }

    /**
     * The optimizer of this command-line name.
     *
     * @throws IllegalArgumentException for an unknown name ({@link OptimizerKind#parse})
     */
    public OptimizerSettings(String name, double beta, double rho, double beta1, double beta2, double eps) {
        this(OptimizerKind.parse(name), beta, rho, beta1, beta2, eps);
    }

    /** The command-line name of the kind. */
    public String name() {
        return kind.cliName();
    }

    /** The same hyperparameters under another optimizer. */
    public OptimizerSettings withKind(OptimizerKind newKind) {
        return new OptimizerSettings(newKind, beta, rho, beta1, beta2, eps);
    }

    /** The same hyperparameters under the optimizer of this command-line name. */
    public OptimizerSettings withName(String newName) {
        return withKind(OptimizerKind.parse(newName));
    }

    /** A new optimizer with these settings. */
    public Optimizer create() {
        return switch (kind) {
            case GD -> new GradientDescent();
            case MOMENTUM -> new Momentum(beta);
            case RMSPROP -> new RmsProp(rho, eps);
            case ADAM -> new Adam(beta1, beta2, eps);
            case ADAGRAD -> new AdaGrad(eps);
        };
    }
}
