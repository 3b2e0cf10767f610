package org.gradientlab.app.compare;

import java.util.Locale;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * One compared run's settings: the optimizer with its hyperparameters and the learning rate.
 * Immutable, so it crosses to the runner thread and comes back in every snapshot.
 *
 * @param optimizer    the optimizer of SPEC section 2
 * @param learningRate the rate of every update, above 0
 * @param enabled      whether the run takes part
 */
public record RunSpec(OptimizerSettings optimizer, double learningRate, boolean enabled) {

    /** A run that takes part. */
    public RunSpec(OptimizerSettings optimizer, double learningRate) {
        this(optimizer, learningRate, true);
    }

    /** The optimizer as a table shows it: its name and the factor that matters most ("momentum β=0.9"). */
    public String optimizerText() {
        return switch (optimizer.kind()) {
            case MOMENTUM -> "momentum β=" + number(optimizer.beta());
            case RMSPROP -> "rmsprop ρ=" + number(optimizer.rho());
            case ADAM -> "adam β₁=" + number(optimizer.beta1());
            case ADAGRAD -> "adagrad ε=" + number(optimizer.eps());
            case GD -> "gd";
        };
    }

    /** "momentum β=0.9, η=0.1", for the legend. */
    public String label() {
        return optimizerText() + ", η=" + number(learningRate);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
