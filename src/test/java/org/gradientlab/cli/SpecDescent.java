package org.gradientlab.cli;

/**
 * SPEC sections 2 and 5 written out again, independently of the engine and the CLI, for f(w) = w^2
 * with f'(w) = 2w coded by hand: the expected CSV of {@code descent}.
 */
final class SpecDescent {

    double beta = 0.9;
    double rho = 0.9;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    SpecSchedule schedule = new SpecSchedule();

    /** Set when the run stopped at a non-finite row. */
    long divergedAt = -1;

    String csv(String optimizer, double w0, double lr, long steps, long every) {
        StringBuilder csv = new StringBuilder("step,w,f,grad\n");
        double w = w0;
        double v = 0;
        double s = 0;
        double m = 0;
        for (long k = 0; k <= steps; k++) {
            double f = w * w;
            double g = 2 * w;
            if (!Double.isFinite(w) || !Double.isFinite(f) || !Double.isFinite(g)) {
                divergedAt = k;
                break;
            }
            if (k % every == 0 || k == steps) {
                csv.append(k).append(',').append(Double.toString(w)).append(',').append(Double.toString(f))
                        .append(',').append(Double.toString(g)).append('\n');
            }
            long t = k + 1;
            double lrT = schedule.rate(lr, t);
            switch (optimizer) {
                case "gd" -> w = w - lrT * g;
                case "momentum" -> {
                    v = beta * v + (1 - beta) * g;
                    w = w - lrT * v;
                }
                case "rmsprop" -> {
                    s = rho * s + (1 - rho) * (g * g);
                    w = w - lrT * g / (Math.sqrt(s) + eps);
                }
                case "adam" -> {
                    m = beta1 * m + (1 - beta1) * g;
                    s = beta2 * s + (1 - beta2) * (g * g);
                    w = w - lrT * (m / (1 - Math.pow(beta1, t))) / (Math.sqrt(s / (1 - Math.pow(beta2, t))) + eps);
                }
                case "adagrad" -> {
                    s = s + g * g;
                    w = w - lrT * g / (Math.sqrt(s) + eps);
                }
                default -> throw new IllegalArgumentException(optimizer);
            }
        }
        return csv.toString();
    }
}
