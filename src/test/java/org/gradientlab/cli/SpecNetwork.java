package org.gradientlab.cli;

import org.gradientlab.engine.Exp;

/**
 * SPEC sections 2, 3 and 5 written out again, independently of the engine and the CLI: the
 * expected CSV of {@code network}. The one piece shared is the exponential ({@link Exp}, which the
 * engine uses in place of {@code Math.exp}; ExpTest checks it against 50-digit decimals), so that
 * this oracle checks the formulas and their order, bit for bit. One pair is trained with section 3's formulas as they stand;
 * a data set with the means of section 3's last line.
 */
final class SpecNetwork {

    double beta = 0.9;
    double rho = 0.9;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    SpecSchedule schedule = new SpecSchedule();

    /** Set when the run stopped at a non-finite row. */
    long divergedAt = -1;

    String csv(String optimizer, String cost, double[] xs, double[] ys, double[] start, double lr, long steps, long every) {
        StringBuilder csv = new StringBuilder("step,w1,b1,w2,b2,z1,a1,z2,yhat,cost,delta2,delta1,dw1,db1,dw2,db2\n");
        double[] p = start.clone();
        double[] v = new double[4];
        double[] s = new double[4];
        double[] m = new double[4];
        int n = xs.length;
        for (long k = 0; k <= steps; k++) {
            double[] first = null;
            double meanCost = 0;
            double[] g = new double[4];
            for (int j = 0; j < n; j++) {
                double[] pair = pair(xs[j], ys[j], p, cost);
                if (j == 0) {
                    first = pair;
                }
                meanCost += pair[4];
                for (int i = 0; i < 4; i++) {
                    g[i] += pair[7 + i];
                }
            }
            if (n == 1) {
                meanCost = first[4];
                System.arraycopy(first, 7, g, 0, 4);
            } else {
                meanCost /= n;
                for (int i = 0; i < 4; i++) {
                    g[i] /= n;
                }
            }
            double[] row = {p[0], p[1], p[2], p[3], first[0], first[1], first[2], first[3], meanCost, first[5], first[6],
                g[0], g[1], g[2], g[3]};
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    divergedAt = k;
                    return csv.toString();
                }
            }
            if (k % every == 0 || k == steps) {
                csv.append(k);
                for (double value : row) {
                    csv.append(',').append(Double.toString(value));
                }
                csv.append('\n');
            }
            long t = k + 1;
            double lrT = schedule.rate(lr, t);
            for (int i = 0; i < 4; i++) {
                switch (optimizer) {
                    case "gd" -> p[i] = p[i] - lrT * g[i];
                    case "momentum" -> {
                        v[i] = beta * v[i] + (1 - beta) * g[i];
                        p[i] = p[i] - lrT * v[i];
                    }
                    case "rmsprop" -> {
                        s[i] = rho * s[i] + (1 - rho) * (g[i] * g[i]);
                        p[i] = p[i] - lrT * g[i] / (Math.sqrt(s[i]) + eps);
                    }
                    case "adagrad" -> {
                        s[i] = s[i] + g[i] * g[i];
                        p[i] = p[i] - lrT * g[i] / (Math.sqrt(s[i]) + eps);
                    }
                    case "adam" -> {
                        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                        s[i] = beta2 * s[i] + (1 - beta2) * (g[i] * g[i]);
                        p[i] = p[i] - lrT * (m[i] / (1 - Math.pow(beta1, t))) / (Math.sqrt(s[i] / (1 - Math.pow(beta2, t))) + eps);
                    }
                    default -> throw new IllegalArgumentException(optimizer);
                }
            }
        }
        return csv.toString();
    }

    /** z1, a1, z2, yhat, C, delta2, delta1, dC/dw1, dC/db1, dC/dw2, dC/db2 of one pair. */
    private static double[] pair(double x, double y, double[] p, String cost) {
        double z1 = p[0] * x + p[1];
        double a1 = 1 / (1 + Exp.exp(-z1));
        double z2 = p[2] * a1 + p[3];
        double yhat = 1 / (1 + Exp.exp(-z2));
        double c;
        double delta2;
        if (cost.equals("mse")) {
            c = (yhat - y) * (yhat - y) / 2;
            delta2 = (yhat - y) * yhat * (1 - yhat);
        } else {
            c = -(y * Math.log(yhat) + (1 - y) * Math.log(1 - yhat));
            delta2 = yhat - y;
        }
        double delta1 = delta2 * p[2] * a1 * (1 - a1);
        return new double[] {z1, a1, z2, yhat, c, delta2, delta1, delta1 * x, delta1, delta2 * a1, delta2};
    }
}
