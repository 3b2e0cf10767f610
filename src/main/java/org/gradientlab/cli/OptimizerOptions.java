package org.gradientlab.cli;

import java.util.List;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerSettings;

/** The optimizer options every training command shares: {@code --optimizer} and its hyperparameters. */
final class OptimizerOptions {

    /** The option names, without dashes. */
    static final List<String> NAMES = List.of("optimizer", "beta", "rho", "beta1", "beta2", "eps");

    /** The usage line of these options. */
    static final String USAGE = "[--optimizer gd|momentum|rmsprop|adam|adagrad] [--beta B] [--rho R] [--beta1 B1] [--beta2 B2] [--eps E]";

    private OptimizerOptions() {
    }

    /** The optimizer and its hyperparameters; the defaults are SPEC section 2's. */
    static Optimizer parse(Options options) throws UsageException {
        OptimizerSettings defaults = OptimizerSettings.DEFAULT;
        String name = options.optionalChoice("optimizer", defaults.name(), "optimizer", OptimizerSettings.NAMES);
        return new OptimizerSettings(name,
                options.optionalDouble("beta", defaults.beta()),
                options.optionalDouble("rho", defaults.rho()),
                options.optionalDouble("beta1", defaults.beta1()),
                options.optionalDouble("beta2", defaults.beta2()),
                options.optionalDouble("eps", defaults.eps())).create();
    }
}
