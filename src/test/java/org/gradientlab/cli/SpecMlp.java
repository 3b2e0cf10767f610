package org.gradientlab.cli;

import java.util.Random;
import org.gradientlab.engine.Exp;

/**
 * SPEC sections 2, 4b and 7 written out again, independently of the engine and the CLI, with plain
 * matrices and nested loops: the expected CSV of {@code mlp}. The one piece shared is the
 * exponential ({@link Exp}), as in {@link SpecNetwork}. The sigmoid's delta is
 * (W^T delta)*a*(1-a) from left to right, the order of SPEC section 3's delta1 = delta2*w2*a1*(1-a1).
 */
final class SpecMlp {

    String activation = "sigmoid";
    String cost = "mse";
    String optimizer = "gd";
    double l2;
    long seed = 1;
    double beta = 0.9;
    double rho = 0.9;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    SpecSchedule schedule = new SpecSchedule();

    /** Set when the run stopped at a non-finite row. */
    long divergedAt = -1;

    /** x[p] holds pair p's inputs; sizes are n_0, the hidden sizes, 1. */
    String csv(double[][] x, double[] y, int[] hidden, double lr, long steps, long every) {
        int layers = hidden.length + 1;
        int[] n = new int[layers + 1];
        n[0] = x[0].length;
        for (int l = 1; l < layers; l++) {
            n[l] = hidden[l - 1];
        }
        n[layers] = 1;
        // w[l][i][j], b[l][i], with l from 1
        double[][][] w = new double[layers + 1][][];
        double[][] b = new double[layers + 1][];
        Random random = new Random(seed);
        StringBuilder header = new StringBuilder("step,cost,accuracy");
        for (int l = 1; l <= layers; l++) {
            w[l] = new double[n[l]][n[l - 1]];
            b[l] = new double[n[l]];
            for (int i = 0; i < n[l]; i++) {
                for (int j = 0; j < n[l - 1]; j++) {
                    double sum = 0;
                    for (int k = 0; k < 12; k++) {
                        sum += random.nextDouble();
                    }
                    w[l][i][j] = (sum - 6) * Math.sqrt(1.0 / n[l - 1]);
                    header.append(",w").append(l).append('_').append(i + 1).append('_').append(j + 1);
                }
            }
            for (int i = 0; i < n[l]; i++) {
                header.append(",b").append(l).append('_').append(i + 1);
            }
        }
        for (int l = 1; l <= layers; l++) {
            header.append(",gnorm").append(l);
        }
        StringBuilder csv = new StringBuilder(header).append('\n');
        double[][][] vw = zeros(w);
        double[][][] sw = zeros(w);
        double[][][] mw = zeros(w);
        double[][] vb = zeros(b);
        double[][] sb = zeros(b);
        double[][] mb = zeros(b);
        for (long k = 0; k <= steps; k++) {
            double[][][] gw = zeros(w);
            double[][] gb = zeros(b);
            double meanCost = 0;
            int correct = 0;
            for (int p = 0; p < y.length; p++) {
                double[][] a = new double[layers + 1][];
                double[][] z = new double[layers + 1][];
                a[0] = x[p];
                for (int l = 1; l <= layers; l++) {
                    z[l] = new double[n[l]];
                    a[l] = new double[n[l]];
                    for (int i = 0; i < n[l]; i++) {
                        double s = 0;
                        for (int j = 0; j < n[l - 1]; j++) {
                            s += w[l][i][j] * a[l - 1][j];
                        }
                        z[l][i] = s + b[l][i];
                        a[l][i] = l == layers ? sigmoid(z[l][i]) : act(z[l][i]);
                    }
                }
                double yhat = a[layers][0];
                boolean xent = cost.equals("xent");
                meanCost += xent ? -(y[p] * Math.log(yhat) + (1 - y[p]) * Math.log(1 - yhat))
                        : (yhat - y[p]) * (yhat - y[p]) / 2;
                if ((yhat >= 0.5) == (y[p] >= 0.5)) {
                    correct++;
                }
                double[][] delta = new double[layers + 1][];
                delta[layers] = new double[] {xent ? yhat - y[p] : (yhat - y[p]) * yhat * (1 - yhat)};
                for (int l = layers - 1; l >= 1; l--) {
                    delta[l] = new double[n[l]];
                    for (int i = 0; i < n[l]; i++) {
                        double back = 0;
                        for (int q = 0; q < n[l + 1]; q++) {
                            back += w[l + 1][q][i] * delta[l + 1][q];
                        }
                        delta[l][i] = actBack(back, z[l][i], a[l][i]);
                    }
                }
                for (int l = 1; l <= layers; l++) {
                    for (int i = 0; i < n[l]; i++) {
                        for (int j = 0; j < n[l - 1]; j++) {
                            gw[l][i][j] += delta[l][i] * a[l - 1][j];
                        }
                        gb[l][i] += delta[l][i];
                    }
                }
            }
            int pairs = y.length;
            meanCost /= pairs;
            double squares = 0;
            for (int l = 1; l <= layers; l++) {
                for (int i = 0; i < n[l]; i++) {
                    for (int j = 0; j < n[l - 1]; j++) {
                        gw[l][i][j] /= pairs;
                        if (l2 != 0) {
                            squares += w[l][i][j] * w[l][i][j];
                            gw[l][i][j] += l2 * w[l][i][j];
                        }
                    }
                    gb[l][i] /= pairs;
                }
            }
            if (l2 != 0) {
                meanCost += l2 / 2 * squares;
            }
            double[] norms = new double[layers + 1];
            boolean finite = Double.isFinite(meanCost);
            StringBuilder row = new StringBuilder().append(k).append(',').append(meanCost).append(',')
                    .append(correct / (double) pairs);
            for (int l = 1; l <= layers; l++) {
                double sq = 0;
                for (int i = 0; i < n[l]; i++) {
                    for (int j = 0; j < n[l - 1]; j++) {
                        sq += gw[l][i][j] * gw[l][i][j];
                        row.append(',').append(w[l][i][j]);
                        finite &= Double.isFinite(w[l][i][j]) && Double.isFinite(gw[l][i][j]);
                    }
                }
                for (int i = 0; i < n[l]; i++) {
                    row.append(',').append(b[l][i]);
                    finite &= Double.isFinite(b[l][i]) && Double.isFinite(gb[l][i]);
                }
                norms[l] = Math.sqrt(sq);
                finite &= Double.isFinite(norms[l]);
            }
            for (int l = 1; l <= layers; l++) {
                row.append(',').append(norms[l]);
            }
            if (!finite) {
                divergedAt = k;
                break;
            }
            if (k % every == 0 || k == steps) {
                csv.append(row).append('\n');
            }
            if (k == steps) {
                break;
            }
            long t = k + 1;
            double lrT = schedule.rate(lr, t);
            for (int l = 1; l <= layers; l++) {
                for (int i = 0; i < n[l]; i++) {
                    for (int j = 0; j < n[l - 1]; j++) {
                        double[] updated = update(w[l][i][j], gw[l][i][j], vw[l][i][j], sw[l][i][j], mw[l][i][j], lrT, t);
                        w[l][i][j] = updated[0];
                        vw[l][i][j] = updated[1];
                        sw[l][i][j] = updated[2];
                        mw[l][i][j] = updated[3];
                    }
                    double[] updated = update(b[l][i], gb[l][i], vb[l][i], sb[l][i], mb[l][i], lrT, t);
                    b[l][i] = updated[0];
                    vb[l][i] = updated[1];
                    sb[l][i] = updated[2];
                    mb[l][i] = updated[3];
                }
            }
        }
        return csv.toString();
    }

    /** SPEC section 2 for one parameter: the new p, v, s, m. */
    private double[] update(double p, double g, double v, double s, double m, double lr, long t) {
        switch (optimizer) {
            case "gd" -> p = p - lr * g;
            case "momentum" -> {
                v = beta * v + (1 - beta) * g;
                p = p - lr * v;
            }
            case "rmsprop" -> {
                s = rho * s + (1 - rho) * (g * g);
                p = p - lr * g / (Math.sqrt(s) + eps);
            }
            case "adam" -> {
                m = beta1 * m + (1 - beta1) * g;
                s = beta2 * s + (1 - beta2) * (g * g);
                p = p - lr * (m / (1 - Math.pow(beta1, t))) / (Math.sqrt(s / (1 - Math.pow(beta2, t))) + eps);
            }
            case "adagrad" -> {
                s = s + g * g;
                p = p - lr * g / (Math.sqrt(s) + eps);
            }
            default -> throw new IllegalArgumentException(optimizer);
        }
        return new double[] {p, v, s, m};
    }

    private static double sigmoid(double u) {
        return 1 / (1 + Exp.exp(-u));
    }

    private double act(double u) {
        return switch (activation) {
            case "sigmoid" -> sigmoid(u);
            case "tanh" -> Math.tanh(u);
            case "relu" -> u > 0 ? u : 0;
            case "linear" -> u;
            default -> throw new IllegalArgumentException(activation);
        };
    }

    private double actBack(double back, double z, double a) {
        return switch (activation) {
            case "sigmoid" -> back * a * (1 - a);
            case "tanh" -> back * (1 - a * a);
            case "relu" -> back * (z > 0 ? 1 : 0);
            case "linear" -> back;
            default -> throw new IllegalArgumentException(activation);
        };
    }

    private static double[][][] zeros(double[][][] shape) {
        double[][][] zeros = new double[shape.length][][];
        for (int l = 1; l < shape.length; l++) {
            zeros[l] = new double[shape[l].length][shape[l][0].length];
        }
        return zeros;
    }

    private static double[][] zeros(double[][] shape) {
        double[][] zeros = new double[shape.length][];
        for (int l = 1; l < shape.length; l++) {
            zeros[l] = new double[shape[l].length];
        }
        return zeros;
    }
}
