package org.gradientlab.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * SPEC sections 2, 4 and 5 written out again, independently of the engine and the CLI: the expected
 * CSV of {@code regression} on given data. Plain gd is the textbook w0 + lr*sum (lr*(sum/b) for mean);
 * the other optimizers take g = -sum (or -(sum/b)); mini-batches take the next points of a list
 * shuffled with Collections.shuffle and one Random(seed) at the start of every epoch; the loss of
 * every row is over all the points.
 */
final class SpecRegression {

    String optimizer = "gd";
    String reduction = "sum";
    /** 0 for all. */
    int batch;
    long seed = 1;
    double beta = 0.9;
    double rho = 0.9;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    SpecSchedule schedule = new SpecSchedule();

    /** Set when the run stopped at a non-finite row. */
    long divergedAt = -1;

    String csv(double[] x, double[] y, double w0, double w1, double lr, long steps, long every) {
        StringBuilder csv = new StringBuilder("step,w0,w1,loss\n");
        int n = x.length;
        boolean mean = reduction.equals("mean");
        boolean fullBatch = batch == 0 || batch >= n;
        Random random = new Random(seed);
        List<Integer> epochOrder = new ArrayList<>();
        int next = n;
        double[] v = new double[2];
        double[] s = new double[2];
        double[] m = new double[2];
        for (long k = 0; k <= steps; k++) {
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
            if (k % every == 0 || k == steps) {
                csv.append(k).append(',').append(w0).append(',').append(w1).append(',').append(loss).append('\n');
            }
            if (k == steps) {
                break;
            }
            List<Integer> points = new ArrayList<>();
            if (fullBatch) {
                for (int j = 0; j < n; j++) {
                    points.add(j);
                }
            } else {
                if (next == n) {
                    epochOrder = new ArrayList<>();
                    for (int j = 0; j < n; j++) {
                        epochOrder.add(j);
                    }
                    Collections.shuffle(epochOrder, random);
                    next = 0;
                }
                int end = Math.min(next + batch, n);
                points = epochOrder.subList(next, end);
                next = end;
            }
            double sumR = 0;
            double sumRX = 0;
            for (int j : points) {
                double r = y[j] - (w0 + w1 * x[j]);
                sumR += r;
                sumRX += r * x[j];
            }
            int b = points.size();
            double lrT = schedule.rate(lr, k + 1);
            if (optimizer.equals("gd")) {
                double newW0 = mean ? w0 + lrT * (sumR / b) : w0 + lrT * sumR;
                double newW1 = mean ? w1 + lrT * (sumRX / b) : w1 + lrT * sumRX;
                w0 = newW0;
                w1 = newW1;
            } else {
                double[] g = mean ? new double[] {-(sumR / b), -(sumRX / b)} : new double[] {-sumR, -sumRX};
                double[] w = {w0, w1};
                for (int p = 0; p < 2; p++) {
                    w[p] = optimizerStep(w[p], g[p], lrT, k + 1, p, v, s, m);
                }
                w0 = w[0];
                w1 = w[1];
            }
        }
        return csv.toString();
    }

    private double optimizerStep(double w, double g, double lr, long t, int p, double[] v, double[] s, double[] m) {
        switch (optimizer) {
            case "momentum" -> {
                v[p] = beta * v[p] + (1 - beta) * g;
                return w - lr * v[p];
            }
            case "rmsprop" -> {
                s[p] = rho * s[p] + (1 - rho) * (g * g);
                return w - lr * g / (Math.sqrt(s[p]) + eps);
            }
            case "adagrad" -> {
                s[p] = s[p] + g * g;
                return w - lr * g / (Math.sqrt(s[p]) + eps);
            }
            case "adam" -> {
                m[p] = beta1 * m[p] + (1 - beta1) * g;
                s[p] = beta2 * s[p] + (1 - beta2) * (g * g);
                return w - lr * (m[p] / (1 - Math.pow(beta1, t))) / (Math.sqrt(s[p] / (1 - Math.pow(beta2, t))) + eps);
            }
            default -> throw new IllegalArgumentException(optimizer);
        }
    }
}
