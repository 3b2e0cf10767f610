package org.gradientlab.engine.mlp;

import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.TwoNodeNetwork;

/**
 * Training a multi-layer network on a set of pairs, SPEC section 7: forward pass, backpropagation,
 * the mean cost and mean gradient over the pairs (summed in pair order from the first pair's values,
 * then divided by n, as the two-node network's are), the L2 term on the weights, the accuracy, and
 * the Euclidean norm of dC/dW_l per layer, L2 term included (it is part of the cost's gradient).
 * Sums over nodes start at their first term, so a 1-1-1 network gives the two-node network's numbers
 * bit for bit. {@link #evaluate} allocates nothing. Not thread-safe: one thread owns a problem.
 */
public final class MlpProblem {

    private final TrainingSet data;
    private final MlpLayout layout;
    private final Activation activation;
    private final Cost cost;
    private final double l2;
    private final int layers;
    /** z_l and a_l of the pair in hand, l = 0..L (z_0 unused, a_0 the inputs). */
    private final double[][] z;
    private final double[][] a;
    /** dC/dz_l of the pair in hand. */
    private final double[][] delta;
    /** The Euclidean norm of dC/dW_l, l = 1..L (index 0 unused). */
    private final double[] gradientNorm;
    private double meanCost;
    private double accuracy;

    /**
     * @param l2 lambda, at least 0: the cost adds lambda/2 * (sum of squared weights), each weight's gradient lambda*w
     */
    public MlpProblem(TrainingSet data, MlpLayout layout, Activation activation, Cost cost, double l2) {
        if (data.inputCount() != layout.size(0)) {
            throw new IllegalArgumentException(data.inputCount() + " inputs per pair, but the network takes " + layout.size(0));
        }
        if (!(l2 >= 0 && Double.isFinite(l2))) {
            throw new IllegalArgumentException("the L2 factor must be a finite number of at least 0, was " + l2);
        }
        this.data = data;
        this.layout = layout;
        this.activation = activation;
        this.cost = cost;
        this.l2 = l2;
        this.layers = layout.layerCount();
        z = new double[layers + 1][];
        a = new double[layers + 1][];
        delta = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            z[l] = new double[layout.size(l)];
            a[l] = new double[layout.size(l)];
            delta[l] = new double[layout.size(l)];
        }
        gradientNorm = new double[layers + 1];
    }

    /** Evaluates cost, accuracy, the mean gradient (into gradientOut, in parameter order) and its norms at params. */
    public void evaluate(double[] params, double[] gradientOut) {
        double[] inputs = data.inputs();
        double[] targets = data.targets();
        int n = targets.length;
        int inputCount = layout.size(0);
        double sumCost = 0;
        int correct = 0;
        for (int p = 0; p < n; p++) {
            System.arraycopy(inputs, p * inputCount, a[0], 0, inputCount);
            forward(params);
            double yhat = a[layers][0];
            double y = targets[p];
            double pairCost = cost.of(yhat, y);
            sumCost = p == 0 ? pairCost : sumCost + pairCost;
            correct += (yhat >= 0.5) == (y >= 0.5) ? 1 : 0;
            delta[layers][0] = cost.delta2(yhat, y);
            backward(params);
            accumulate(gradientOut, p == 0);
        }
        if (n > 1) {
            for (int k = 0; k < gradientOut.length; k++) {
                gradientOut[k] /= n;
            }
            sumCost /= n;
        }
        meanCost = l2 == 0 ? sumCost : sumCost + l2 / 2 * addWeightDecay(params, gradientOut);
        accuracy = correct / (double) n;
        for (int l = 1; l <= layers; l++) {
            double squares = 0;
            for (int k = layout.weightStart(l); k < layout.biasStart(l); k++) {
                squares += gradientOut[k] * gradientOut[k];
            }
            gradientNorm[l] = Math.sqrt(squares);
        }
    }

    /** z_l = W_l a_(l-1) + b_l, a_l = act(z_l), the output a sigmoid. */
    private void forward(double[] params) {
        for (int l = 1; l <= layers; l++) {
            double[] previous = a[l - 1];
            int columns = previous.length;
            int bias = layout.biasStart(l);
            for (int i = 0; i < z[l].length; i++) {
                int row = layout.weightStart(l) + i * columns;
                double sum = params[row] * previous[0];
                for (int j = 1; j < columns; j++) {
                    sum += params[row + j] * previous[j];
                }
                sum += params[bias + i];
                z[l][i] = sum;
                a[l][i] = l == layers ? TwoNodeNetwork.sigmoid(sum) : activation.apply(sum);
            }
        }
    }

    /** delta_l = (W_(l+1)^T delta_(l+1)) * act'(z_l), from the output's delta down. */
    private void backward(double[] params) {
        for (int l = layers - 1; l >= 1; l--) {
            double[] next = delta[l + 1];
            int columns = z[l].length;
            int weights = layout.weightStart(l + 1);
            for (int i = 0; i < columns; i++) {
                double upstream = params[weights + i] * next[0];
                for (int k = 1; k < next.length; k++) {
                    upstream += params[weights + k * columns + i] * next[k];
                }
                delta[l][i] = activation.backward(upstream, z[l][i], a[l][i]);
            }
        }
    }

    /** dC/dW_l = delta_l a_(l-1)^T and dC/db_l = delta_l, added to the sums (or starting them). */
    private void accumulate(double[] gradient, boolean first) {
        for (int l = 1; l <= layers; l++) {
            double[] previous = a[l - 1];
            int bias = layout.biasStart(l);
            for (int i = 0; i < delta[l].length; i++) {
                double d = delta[l][i];
                int row = layout.weightStart(l) + i * previous.length;
                for (int j = 0; j < previous.length; j++) {
                    double g = d * previous[j];
                    gradient[row + j] = first ? g : gradient[row + j] + g;
                }
                gradient[bias + i] = first ? d : gradient[bias + i] + d;
            }
        }
    }

    /** Adds lambda*w to each weight's gradient; returns the sum of the squared weights. */
    private double addWeightDecay(double[] params, double[] gradient) {
        double squares = 0;
        for (int l = 1; l <= layers; l++) {
            for (int k = layout.weightStart(l); k < layout.biasStart(l); k++) {
                squares += params[k] * params[k];
                gradient[k] = gradient[k] + l2 * params[k];
            }
        }
        return squares;
    }

    /**
     * Forward and backward pass of one pair at params, into this problem's per-node values
     * ({@link #z}, {@link #a}, {@link #delta}); the mean cost, gradient and norms are left as they were.
     */
    public void passOf(double[] params, int pair) {
        int inputCount = layout.size(0);
        System.arraycopy(data.inputs(), pair * inputCount, a[0], 0, inputCount);
        forward(params);
        delta[layers][0] = cost.delta2(a[layers][0], data.targets()[pair]);
        backward(params);
    }

    /** yhat at params for the input (x1) or (x1, x2), the per-node values left as of that input; allocates nothing. */
    public double predict(double[] params, double x1, double x2) {
        a[0][0] = x1;
        if (a[0].length > 1) {
            a[0][1] = x2;
        }
        forward(params);
        return a[layers][0];
    }

    /** z_l[i] of the last pass ({@link #passOf} or {@link #predict}), l = 1..L, i 0-based. */
    public double z(int layer, int node) {
        return z[layer][node];
    }

    /** a_l[i] of the last pass, l = 0..L (a_0 the inputs). */
    public double a(int layer, int node) {
        return a[layer][node];
    }

    /** dC/dz_l[i] of the last {@link #passOf}, l = 1..L. */
    public double delta(int layer, int node) {
        return delta[layer][node];
    }

    /** The layers. */
    public MlpLayout layout() {
        return layout;
    }

    /** The pairs. */
    public TrainingSet data() {
        return data;
    }

    /** The mean cost at the last evaluated params, L2 term included. */
    public double meanCost() {
        return meanCost;
    }

    /** The share of pairs where (yhat &gt;= 0.5) equals (y &gt;= 0.5), at the last evaluated params. */
    public double accuracy() {
        return accuracy;
    }

    /** The Euclidean norm of dC/dW_l (L2 term included), l = 1..L. */
    public double gradientNorm(int layer) {
        return gradientNorm[layer];
    }
}
