package org.gradientlab.app.network.model;

import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkState;

/**
 * The factors of the chain rule for the first pair, each with its value, for the panel that
 * writes the rule out with numbers.
 *
 * @param x          the first pair's input
 * @param y          its target
 * @param dCostDYhat dC/dyhat
 * @param dYhatDZ2   dyhat/dz2 = yhat*(1-yhat)
 * @param delta2     dC/dz2
 * @param a1         dz2/dw2
 * @param w2         dz2/da1
 * @param sigmaPrimeZ1 da1/dz1 = a1*(1-a1)
 * @param delta1     dC/dz1 = delta2*w2*a1*(1-a1)
 * @param gradW2     delta2*a1 for this pair
 * @param gradW1     delta1*x for this pair
 * @param cost       which cost
 * @param pairs      how many pairs the gradient is the mean over
 */
public record ChainRule(double x, double y, double dCostDYhat, double dYhatDZ2, double delta2, double a1, double w2,
                        double sigmaPrimeZ1, double delta1, double gradW2, double gradW1, Cost cost, int pairs) {

    /** The factors of a state's first pair. */
    static ChainRule of(NetworkState s, double x, double y, Cost cost, int pairs) {
        double yhat = s.yhat();
        double dYhatDZ2 = yhat * (1 - yhat);
        double dCostDYhat = cost == Cost.MSE ? yhat - y : (yhat - y) / dYhatDZ2;
        return new ChainRule(x, y, dCostDYhat, dYhatDZ2, s.delta2(), s.a1(), s.w2(), s.a1() * (1 - s.a1()), s.delta1(),
                s.delta2() * s.a1(), s.delta1() * x, cost, pairs);
    }

    /** delta1 / delta2 = w2 * sigma'(z1): how much of the output's error reaches the hidden node. */
    public double backFactor() {
        return w2 * sigmaPrimeZ1;
    }
}
