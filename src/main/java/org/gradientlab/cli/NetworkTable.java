package org.gradientlab.cli;

import static org.gradientlab.engine.network.NetworkParameters.B1;
import static org.gradientlab.engine.network.NetworkParameters.B2;
import static org.gradientlab.engine.network.NetworkParameters.W1;
import static org.gradientlab.engine.network.NetworkParameters.W2;

import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkStepper;

/**
 * The rows of the {@code network} command, SPEC section 5, written by {@link RunTable}; with a data
 * set, z1 to delta1 are the first pair's, cost and the gradient the means.
 */
final class NetworkTable {

    /** The CSV header. */
    static final String[] COLUMNS = {
        "step", "w1", "b1", "w2", "b2", "z1", "a1", "z2", "yhat", "cost", "delta2", "delta1", "dw1", "db1", "dw2", "db2"};

    private NetworkTable() {
    }

    /** The stepper as a table whose updates use this learning rate. */
    static TabulatedRun of(NetworkStepper stepper, double learningRate) {
        NetworkProblem problem = stepper.problem();
        return TabulatedRun.of(COLUMNS, stepper, learningRate, (step, rows) -> rows.beginRow(step)
                .add(stepper.param(W1)).add(stepper.param(B1)).add(stepper.param(W2)).add(stepper.param(B2))
                .add(problem.z1()).add(problem.a1()).add(problem.z2()).add(problem.yhat())
                .add(problem.meanCost()).add(problem.delta2()).add(problem.delta1())
                .add(stepper.gradient(W1)).add(stepper.gradient(B1)).add(stepper.gradient(W2))
                .add(stepper.gradient(B2))
                .endRow());
    }
}
