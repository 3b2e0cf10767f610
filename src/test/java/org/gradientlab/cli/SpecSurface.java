package org.gradientlab.cli;

import java.util.Random;

/**
 * SPEC sections 2, 4b and 6 written out again, independently of the engine and the CLI, for
 * f(w1, w2) = w1^2 + 10*w2^2 + w1*w2 with its gradient (2*w1 + w2, 20*w2 + w1) coded by hand: the
 * expected CSV of {@code surface}, noise drawn from java.util.Random itself.
 */
final class SpecSurface {

    static final String F = "x^2 + 10*y^2 + x*y";

    String optimizer = "gd";
    double beta = 0.9;
    double rho = 0.9;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    double noise;
    long seed = 1;
    SpecSchedule schedule = new SpecSchedule();

    /** Set when the run stopped at a non-finite row. */
    long divergedAt = -1;

    String csv(double startW1, double startW2, double lr, long steps, long every) {
        StringBuilder csv = new StringBuilder("step,w1,w2,f,g1,g2\n");
        double[] w = {startW1, startW2};
        double[] v = new double[2];
        double[] s = new double[2];
        double[] m = new double[2];
        Random random = new Random(seed);
        for (long k = 0; k <= steps; k++) {
            double f = w[0] * w[0] + 10 * (w[1] * w[1]) + w[0] * w[1];
            double[] g = {2 * w[0] + w[1], 20 * w[1] + w[0]};
            if (!Double.isFinite(w[0]) || !Double.isFinite(w[1]) || !Double.isFinite(f) || !Double.isFinite(g[0])
                    || !Double.isFinite(g[1])) {
                divergedAt = k;
                break;
            }
            if (k % every == 0 || k == steps) {
                csv.append(k).append(',').append(w[0]).append(',').append(w[1]).append(',').append(f).append(',')
                        .append(g[0]).append(',').append(g[1]).append('\n');
            }
            if (k == steps) {
                break;
            }
            if (noise != 0) {
                g[0] = g[0] + noise * twelveUniforms(random);
                g[1] = g[1] + noise * twelveUniforms(random);
            }
            long t = k + 1;
            double lrT = schedule.rate(lr, t);
            for (int p = 0; p < 2; p++) {
                switch (optimizer) {
                    case "gd" -> w[p] = w[p] - lrT * g[p];
                    case "momentum" -> {
                        v[p] = beta * v[p] + (1 - beta) * g[p];
                        w[p] = w[p] - lrT * v[p];
                    }
                    case "rmsprop" -> {
                        s[p] = rho * s[p] + (1 - rho) * (g[p] * g[p]);
                        w[p] = w[p] - lrT * g[p] / (Math.sqrt(s[p]) + eps);
                    }
                    case "adam" -> {
                        m[p] = beta1 * m[p] + (1 - beta1) * g[p];
                        s[p] = beta2 * s[p] + (1 - beta2) * (g[p] * g[p]);
                        w[p] = w[p] - lrT * (m[p] / (1 - Math.pow(beta1, t))) / (Math.sqrt(s[p] / (1 - Math.pow(beta2, t))) + eps);
                    }
                    case "adagrad" -> {
                        s[p] = s[p] + g[p] * g[p];
                        w[p] = w[p] - lrT * g[p] / (Math.sqrt(s[p]) + eps);
                    }
                    default -> throw new IllegalArgumentException(optimizer);
                }
            }
        }
        return csv.toString();
    }

    /** z = (u1 + ... + u12) - 6, SPEC section 4b. */
    static double twelveUniforms(Random random) {
        double sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += random.nextDouble();
        }
        return sum - 6;
    }
}
