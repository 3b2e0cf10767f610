package org.gradientlab.engine.regression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * SPEC sections 2 and 4 written out again as plain loops, independently of the engine: plain gd in
 * the textbook form w + lr*sum, the other optimizers with g = -sum, and mini-batches taken from a
 * list shuffled with Collections.shuffle at the start of every epoch. Each row is {w0, w1, loss}.
 */
final class TextbookRegression {

    String optimizer = "gd";
    boolean mean;
    int batch = Integer.MAX_VALUE;
    long seed = 1;
    double beta = 0.9;
    double rho = 0.9;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;

    /** Set when a row was not finite. */
    long divergedAt = -1;

    List<double[]> run(double[] x, double[] y, double w0, double w1, double lr, int steps) {
        int n = x.length;
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>();
        int position = 0;
        double v0 = 0, v1 = 0, s0 = 0, s1 = 0, m0 = 0, m1 = 0;
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k <= steps; k++) {
            double squares = 0;
            for (int j = 0; j < n; j++) {
                double r = y[j] - (w0 + w1 * x[j]);
                squares += r * r;
            }
            double loss = mean ? squares / 2 / n : squares / 2;
            if (!Double.isFinite(w0) || !Double.isFinite(w1) || !Double.isFinite(loss)) {
                divergedAt = k;
                break;
            }
            rows.add(new double[] {w0, w1, loss});
            if (k == steps) {
                break;
            }
            List<Integer> points = new ArrayList<>();
            if (batch >= n) {
                for (int j = 0; j < n; j++) {
                    points.add(j);
                }
            } else {
                if (position == 0) {
                    order.clear();
                    for (int j = 0; j < n; j++) {
                        order.add(j);
                    }
                    Collections.shuffle(order, random);
                }
                int end = Math.min(position + batch, n);
                points.addAll(order.subList(position, end));
                position = end == n ? 0 : end;
            }
            double sumR = 0;
            double sumRX = 0;
            for (int j : points) {
                double r = y[j] - (w0 + w1 * x[j]);
                sumR += r;
                sumRX += r * x[j];
            }
            int b = points.size();
            if (optimizer.equals("gd")) {
                double nextW0 = mean ? w0 + lr * (sumR / b) : w0 + lr * sumR;
                w1 = mean ? w1 + lr * (sumRX / b) : w1 + lr * sumRX;
                w0 = nextW0;
                continue;
            }
            double g0 = mean ? -(sumR / b) : -sumR;
            double g1 = mean ? -(sumRX / b) : -sumRX;
            int t = k + 1;
            switch (optimizer) {
                case "momentum" -> {
                    v0 = beta * v0 + (1 - beta) * g0;
                    v1 = beta * v1 + (1 - beta) * g1;
                    w0 = w0 - lr * v0;
                    w1 = w1 - lr * v1;
                }
                case "rmsprop" -> {
                    s0 = rho * s0 + (1 - rho) * (g0 * g0);
                    s1 = rho * s1 + (1 - rho) * (g1 * g1);
                    w0 = w0 - lr * g0 / (Math.sqrt(s0) + eps);
                    w1 = w1 - lr * g1 / (Math.sqrt(s1) + eps);
                }
                case "adam" -> {
                    m0 = beta1 * m0 + (1 - beta1) * g0;
                    m1 = beta1 * m1 + (1 - beta1) * g1;
                    s0 = beta2 * s0 + (1 - beta2) * (g0 * g0);
                    s1 = beta2 * s1 + (1 - beta2) * (g1 * g1);
                    double c1 = 1 - Math.pow(beta1, t);
                    double c2 = 1 - Math.pow(beta2, t);
                    w0 = w0 - lr * (m0 / c1) / (Math.sqrt(s0 / c2) + eps);
                    w1 = w1 - lr * (m1 / c1) / (Math.sqrt(s1 / c2) + eps);
                }
                default -> throw new IllegalArgumentException(optimizer);
            }
        }
        return rows;
    }
}
