package org.gradientlab.engine.network;

import static org.gradientlab.engine.network.NetworkParameters.B1;
import static org.gradientlab.engine.network.NetworkParameters.B2;
import static org.gradientlab.engine.network.NetworkParameters.COUNT;
import static org.gradientlab.engine.network.NetworkParameters.W1;
import static org.gradientlab.engine.network.NetworkParameters.W2;

import org.gradientlab.engine.DataSet;

/**
 * Training the two-node network on a data set, SPEC section 3: the cost is the mean of the pairs'
 * costs and the gradient the mean of their gradients, each summed in pair order and then divided
 * by n. It also keeps the first pair's z1, a1, z2, yhat, delta2 and delta1, which the headless
 * command writes. {@link #evaluate} allocates nothing. Not thread-safe: one thread owns a problem.
 */
public final class NetworkProblem {

    private final DataSet data;
    private final TwoNodeNetwork network;
    private final double[] meanGradient = new double[COUNT];
    private double meanCost;
    private double z1;
    private double a1;
    private double z2;
    private double yhat;
    /** dC/dz2 of the first pair. */
    private double delta2;
    /** dC/dz1 of the first pair. */
    private double delta1;

    /** The network trained on these pairs under this cost. */
    public NetworkProblem(DataSet data, Cost cost) {
        this.data = data;
        this.network = new TwoNodeNetwork(cost);
    }

    /** Evaluates the mean cost and gradient at params (w1, b1, w2, b2); read them with the getters. */
    public void evaluate(double[] params) {
        evaluate(params[W1], params[B1], params[W2], params[B2], meanGradient);
    }

    /**
     * As {@link #evaluate(double[])} at (w1, b1, w2, b2), and writes the mean gradient into
     * {@code gradientOut} as well. A stepper hands over the parameters it has just computed and gets
     * the gradient where its optimizer reads it: no array between them that the processor would
     * have to write and read back, which a 50 ns step notices.
     */
    public void evaluate(double w1, double b1, double w2, double b2, double[] gradientOut) {
        double[] x = data.x();
        double[] y = data.y();
        network.run(x[0], y[0], w1, b1, w2, b2);
        keepFirstPair();
        // The sums start at the first pair's values, so one pair's mean is that pair's value, sign of zero included.
        double sumCost = network.pairCost();
        double sumW1 = network.gradW1();
        double sumB1 = network.gradB1();
        double sumW2 = network.gradW2();
        double sumB2 = network.gradB2();
        for (int j = 1; j < x.length; j++) {
            network.run(x[j], y[j], w1, b1, w2, b2);
            sumCost += network.pairCost();
            sumW1 += network.gradW1();
            sumB1 += network.gradB1();
            sumW2 += network.gradW2();
            sumB2 += network.gradB2();
        }
        if (x.length > 1) {
            // Dividing by 1 changes nothing, and one pair is the hot loop of the headless command.
            double n = x.length;
            sumCost /= n;
            sumW1 /= n;
            sumB1 /= n;
            sumW2 /= n;
            sumB2 /= n;
        }
        meanCost = sumCost;
        gradientOut[W1] = sumW1;
        gradientOut[B1] = sumB1;
        gradientOut[W2] = sumW2;
        gradientOut[B2] = sumB2;
        if (gradientOut != meanGradient) {
            meanGradient[W1] = sumW1;
            meanGradient[B1] = sumB1;
            meanGradient[W2] = sumW2;
            meanGradient[B2] = sumB2;
        }
    }

    private void keepFirstPair() {
        z1 = network.z1();
        a1 = network.a1();
        z2 = network.z2();
        yhat = network.yhat();
        delta2 = network.delta2();
        delta1 = network.delta1();
    }

    /** The pairs. */
    public DataSet data() {
        return data;
    }

    /** The cost function. */
    public Cost cost() {
        return network.cost();
    }

    /** The mean cost at the last evaluated params. */
    public double meanCost() {
        return meanCost;
    }

    /** The mean dC/dparam for one parameter index ({@link NetworkParameters#W1} ... {@link NetworkParameters#B2}). */
    public double meanGradient(int parameter) {
        return meanGradient[parameter];
    }

    /** Copies the mean gradient (dC/dw1, dC/db1, dC/dw2, dC/db2) into dst. */
    public void copyMeanGradient(double[] dst) {
        System.arraycopy(meanGradient, 0, dst, 0, COUNT);
    }

    /** z1 of the first pair. */
    public double z1() {
        return z1;
    }

    /** a1 of the first pair. */
    public double a1() {
        return a1;
    }

    /** z2 of the first pair. */
    public double z2() {
        return z2;
    }

    /** yhat of the first pair. */
    public double yhat() {
        return yhat;
    }

    /** dC/dz2 of the first pair. */
    public double delta2() {
        return delta2;
    }

    /** dC/dz1 of the first pair. */
    public double delta1() {
        return delta1;
    }

    /** True when the mean cost, the mean gradient and the first pair's values are all finite. */
    public boolean isFinite() {
        return Double.isFinite(meanCost) && Double.isFinite(z1) && Double.isFinite(a1) && Double.isFinite(z2)
                && Double.isFinite(yhat) && Double.isFinite(delta2) && Double.isFinite(delta1)
                && Double.isFinite(meanGradient[W1]) && Double.isFinite(meanGradient[B1])
                && Double.isFinite(meanGradient[W2]) && Double.isFinite(meanGradient[B2]);
    }
}
