package org.gradientlab.engine.network;

import org.gradientlab.engine.Exp;

/**
 * The two-node network x -> (w1, b1) -> sigmoid -> (w2, b2) -> sigmoid -> yhat of SPEC section 3,
 * for one pair at a time: the forward pass, the cost and backpropagation, each formula evaluated
 * in the order SPEC writes it. An instance is scratch space that {@link #run} fills without
 * allocating; {@link #pass} answers with a record. Not thread-safe.
 */
public final class TwoNodeNetwork {

    private final Cost cost;
    private double z1;
    private double a1;
    private double z2;
    private double yhat;
    private double pairCost;
    /** dC/dz2 */
    private double delta2;
    /** dC/dz1 */
    private double delta1;
    /** dC/dw1 */
    private double gradW1;
    /** dC/db1 */
    private double gradB1;
    /** dC/dw2 */
    private double gradW2;
    /** dC/db2 */
    private double gradB2;

    /** Scratch for passes under this cost. */
    public TwoNodeNetwork(Cost cost) {
        this.cost = cost;
    }

    /** sigmoid(z) = 1/(1+exp(-z)), with {@link Exp} for the exponential. */
    public static double sigmoid(double z) {
        return 1 / (1 + Exp.exp(-z));
    }

    /** One pair's forward and backward pass, as a record. */
    public static NetworkPass pass(double x, double y, double w1, double b1, double w2, double b2, Cost cost) {
        TwoNodeNetwork network = new TwoNodeNetwork(cost);
        network.run(x, y, w1, b1, w2, b2);
        return new NetworkPass(x, y, network.z1, network.a1, network.z2, network.yhat, network.pairCost,
                network.delta2, network.delta1, network.gradW1, network.gradB1, network.gradW2, network.gradB2);
    }

    /** The forward pass, the cost and the backward pass for the pair (x, y); read them with the getters. */
    public void run(double x, double y, double w1, double b1, double w2, double b2) {
        z1 = w1 * x + b1;
        a1 = sigmoid(z1);
        z2 = w2 * a1 + b2;
        yhat = sigmoid(z2);
        pairCost = cost.of(yhat, y);
        delta2 = cost.delta2(yhat, y);
        delta1 = delta2 * w2 * a1 * (1 - a1);
        gradW2 = delta2 * a1;
        gradB2 = delta2;
        gradW1 = delta1 * x;
        gradB1 = delta1;
    }

    /** True when every value of the last pass is finite. */
    public boolean isFinite() {
        return Double.isFinite(z1) && Double.isFinite(a1) && Double.isFinite(z2) && Double.isFinite(yhat)
                && Double.isFinite(pairCost) && Double.isFinite(delta2) && Double.isFinite(delta1)
                && Double.isFinite(gradW1) && Double.isFinite(gradB1) && Double.isFinite(gradW2)
                && Double.isFinite(gradB2);
    }

    /** The cost this network uses. */
    public Cost cost() {
        return cost;
    }

    /** w1*x + b1. */
    public double z1() {
        return z1;
    }

    /** sigmoid(z1). */
    public double a1() {
        return a1;
    }

    /** w2*a1 + b2. */
    public double z2() {
        return z2;
    }

    /** sigmoid(z2). */
    public double yhat() {
        return yhat;
    }

    /** C of the last pair. */
    public double pairCost() {
        return pairCost;
    }

    /** dC/dz2. */
    public double delta2() {
        return delta2;
    }

    /** dC/dz1. */
    public double delta1() {
        return delta1;
    }

    /** dC/dw1. */
    public double gradW1() {
        return gradW1;
    }

    /** dC/db1. */
    public double gradB1() {
        return gradB1;
    }

    /** dC/dw2. */
    public double gradW2() {
        return gradW2;
    }

    /** dC/db2. */
    public double gradB2() {
        return gradB2;
    }
}
