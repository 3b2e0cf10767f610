package org.gradientlab.cli;

/**
 * SPEC section 2's learning-rate schedules written out again, independently of the engine: the rate
 * of update t is lr * m(t) * min(1, t/W), the last factor 1 when W = 0. The references of the commands
 * use it in place of lr.
 */
final class SpecSchedule {

    String kind = "constant";
    double gamma = 0.5;
    long decaySteps = 100;
    double minRatio = 0;
    long warmup = 0;

    /** lr_t for update t, t = 1 for the first. */
    double rate(double lr, long t) {
        double m;
        switch (kind) {
            case "constant" -> m = 1;
            case "step" -> m = Math.pow(gamma, Math.floor((double) (t - 1) / decaySteps));
            case "exp" -> m = Math.pow(gamma, t - 1);
            case "cosine" -> {
                double progress = Math.min(t - 1, decaySteps);
                m = minRatio + (1 - minRatio) * (1 + Math.cos(Math.PI * progress / decaySteps)) / 2;
            }
            default -> throw new IllegalArgumentException(kind);
        }
        double warm = warmup == 0 ? 1 : Math.min(1, (double) t / warmup);
        return lr * m * warm;
    }

    /** The command-line options that select this schedule. */
    String[] options() {
        return new String[] {"--schedule", kind, "--gamma", Double.toString(gamma), "--decay-steps",
            Long.toString(decaySteps), "--min-ratio", Double.toString(minRatio), "--warmup", Long.toString(warmup)};
    }
}
