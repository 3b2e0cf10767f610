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
 * @param schedule the learning-rate schedule of SPEC section 2: update t uses lr_t in place of lr, t counted
 *              from 1 for every fresh optimizer (a start, a reset, a branch with another optimizer)
 */
public record OptimizerSettings(OptimizerKind kind, double beta, double rho, double beta1, double beta2, double eps,
                                Schedule schedule) {

    /** The names accepted, in the order a menu shows them. */
    public static final List<String> NAMES = OptimizerKind.NAMES;

    /** Plain gradient descent with SPEC's default hyperparameters for the others. */
    public static final OptimizerSettings DEFAULT = new OptimizerSettings(OptimizerKind.GD, 0.9, 0.9, 0.9, 0.999, 1e-8);

    /** Checks that there is a kind and a schedule; hyperparameters are taken as given. */
    public OptimizerSettings {
        if (kind == null) {
            throw new IllegalArgumentException("no optimizer given");
        }
        if (schedule == null) {
            throw new IllegalArgumentException("no schedule given");
        }
    }

    /** These hyperparameters at a constant rate ({@link Schedule#CONSTANT}). */
    public OptimizerSettings(OptimizerKind kind, double beta, double rho, double beta1, double beta2, double eps) {
        this(kind, beta, rho, beta1, beta2, eps, Schedule.CONSTANT);
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

    /** The same hyperparameters and schedule under another optimizer. */
    public OptimizerSettings withKind(OptimizerKind newKind) {
        return new OptimizerSettings(newKind, beta, rho, beta1, beta2, eps, schedule);
    }

    /** The same optimizer and hyperparameters under another learning-rate schedule. */
    public OptimizerSettings withSchedule(Schedule newSchedule) {
        return new OptimizerSettings(kind, beta, rho, beta1, beta2, eps, newSchedule);
    }

    /** lr_t of SPEC section 2, the rate update t (from 1) uses when lr is set: {@link Schedule#rate}. */
    public double rate(double learningRate, long t) {
        return schedule.rate(learningRate, t);
    }

    /** The same hyperparameters and schedule under the optimizer of this command-line name. */
    public OptimizerSettings withName(String newName) {
        return withKind(OptimizerKind.parse(newName));
    }

    /** A new optimizer with these settings (the schedule is not part of it: give it to the stepper). */
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
